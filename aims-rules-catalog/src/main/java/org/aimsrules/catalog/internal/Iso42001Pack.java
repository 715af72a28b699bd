package org.aimsrules.catalog.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aimsrules.catalog.facts.AiActProvision;
import org.aimsrules.catalog.facts.AnnexAControl;
import org.aimsrules.catalog.facts.MandatoryDocument;
import org.aimsrules.core.catalog.RequirementKind;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.engine.RuleBases;
import org.aimsrules.core.engine.RulePack;
import org.kie.api.KieBase;

/** The ISO/IEC 42001 rule pack: catalog data plus the precompiled rule base, each loaded once. */
public final class Iso42001Pack implements RulePack {
  /** Name of the KieBase in kmodule.xml. */
  public static final String KIE_BASE = "aims-rules-iso42001";
  /** Resource the precompiled executable model provides. */
  public static final String MODEL_RESOURCE =
      "META-INF/kie/org.aimsrules/aims-rules-catalog/drools-model";

  /** The single instance. */
  public static final Iso42001Pack INSTANCE = new Iso42001Pack();

  private Iso42001Pack() {}

  /** Lazily loaded catalog data (initialization-on-demand holder). */
  private static final class CatalogHolder {
    static final CatalogLoader.Loaded LOADED = CatalogLoader.loadWithGroups();
    static final RuleCatalog CATALOG = LOADED.catalog();
    static final List<AiActProvision> PROVISIONS = AiActProvision.load();
    static final List<AnnexAControl> CONTROLS = CATALOG.requirements().stream()
        .filter(r -> r.kind() == RequirementKind.CONTROL)
        .map(r -> new AnnexAControl(r.ref(), r.title(), r.parent()))
        .toList();
    static final List<MandatoryDocument> MANDATORY_DOCUMENTS = CatalogLoader.read(
        "mandatory-documents.json", new TypeReference<List<MandatoryDocument>>() {});
  }

  /** Lazily loaded rule base, once per process. */
  private static final class KieBaseHolder {
    static final KieBase KIE_BASE_INSTANCE = RuleBases.loadPrecompiled("aims-rules-iso42001",
        Iso42001Pack.class.getClassLoader(), MODEL_RESOURCE, KIE_BASE,
        CatalogHolder.CATALOG.rules().stream().map(RuleMetadata::id).toList());
  }

  @Override
  public RuleCatalog catalog() {
    return CatalogHolder.CATALOG;
  }

  /**
   * The rule group file a rule comes from (and its page in the rule reference).
   *
   * @param ruleId a rule id
   * @return its group, e.g. {@code clause-5}, or {@code null} for an id the catalog does not have
   */
  public String ruleGroup(String ruleId) {
    return CatalogHolder.LOADED.groupOfRule().get(ruleId);
  }

  @Override
  public KieBase kieBase() {
    return KieBaseHolder.KIE_BASE_INSTANCE;
  }

  @Override
  public List<String> modelResources() {
    return List.of(MODEL_RESOURCE);
  }

  @Override
  public List<Object> contextFacts(LocalDate asOf) {
    List<Object> facts = new ArrayList<>(CatalogHolder.CONTROLS);
    facts.addAll(CatalogHolder.MANDATORY_DOCUMENTS);
    CatalogHolder.PROVISIONS.forEach(p -> facts.add(p.asOf(asOf)));
    return facts;
  }
}
