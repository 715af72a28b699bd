package org.aimsrules.core.engine;

import java.time.LocalDate;
import java.util.List;
import org.aimsrules.core.catalog.RuleCatalog;
import org.kie.api.KieBase;

/**
 * A set of rules with their catalog data. The ISO/IEC 42001 pack lives in {@code aims-rules-catalog};
 * a custom pack is Java code that supplies its own precompiled KieBase and catalog (see
 * {@link RuleBases}, {@link PrecompiledRulePack}). Implementations build their KieBase once and return
 * the same instance on every call.
 *
 * <p>Several packs run together when their KieBases form a chain: a vendor's pack whose KieBase
 * includes the ISO/IEC 42001 catalog's rules ({@link #includes()}) runs beside it in one rule
 * session, so its rules match the facts the catalog's rules derive. Every pack but the ISO/IEC 42001
 * one ({@link #ISO42001}) prefixes its rule ids and requirement refs with its id and a colon
 * ({@code acme:high-risk/oversight-lead}).
 */
public interface RulePack {
  /** The id of the ISO/IEC 42001 pack, the only pack whose ids carry no namespace. */
  String ISO42001 = "iso42001";

  /**
   * The pack's id, the id of its catalog (e.g. {@code iso42001}).
   *
   * @return the id
   */
  default String id() {
    return catalog().id();
  }

  /**
   * The pack's catalog: rule metadata, requirements, crosswalks.
   *
   * @return the catalog
   */
  RuleCatalog catalog();

  /**
   * The pack's rule base, built once per process.
   *
   * @return the KieBase
   */
  KieBase kieBase();

  /**
   * The ids of the packs whose rules this pack's KieBase holds beside its own (Drools' kbase
   * {@code includes}), e.g. {@code [iso42001]} for a vendor's pack built on the catalog. An
   * evaluator given several packs runs the KieBase of the one pack that includes all the others.
   *
   * @return the included packs' ids; empty (the default) when the KieBase holds only this pack's
   *     rules
   */
  default List<String> includes() {
    return List.of();
  }

  /**
   * The class-path resources of this pack's own precompiled executable model (each names the model
   * classes, one a line; see {@link RuleBases}), which a pack including this one loads into its
   * KieBase. Not those of the packs it includes.
   *
   * @return the model resources; empty (the default) for a pack not precompiled that way, which
   *     no {@link PrecompiledRulePack} can include (its rules would have to be added package by
   *     package, the Drools path that loses activations)
   */
  default List<String> modelResources() {
    return List.of();
  }

  /**
   * Extra facts the pack's rules need for an evaluation as of a date (regulatory application dates,
   * reference data). They must be immutable.
   *
   * @param asOf the evaluation date
   * @return facts to insert beside the model's
   */
  default List<Object> contextFacts(LocalDate asOf) {
    return List.of();
  }
}
