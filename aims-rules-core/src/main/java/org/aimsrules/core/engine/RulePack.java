package org.aimsrules.core.engine;

import java.time.LocalDate;
import java.util.List;
import org.aimsrules.core.catalog.RuleCatalog;
import org.kie.api.KieBase;

/**
 * A set of rules with their catalog data. The ISO/IEC 42001 pack lives in {@code aims-rules-catalog};
 * a custom pack is Java code that supplies its own precompiled KieBase and catalog (see
 * {@link RuleBases}). Implementations build their KieBase once and return the same instance on every
 * call.
 */
public interface RulePack {

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
