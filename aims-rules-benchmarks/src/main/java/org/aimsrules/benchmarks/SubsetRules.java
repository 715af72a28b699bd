package org.aimsrules.benchmarks;

import java.util.List;

/**
 * The twenty catalog rules of the plain-Java comparison, and the derivation rules they need. They
 * are checked per entity (AI system, component, supplier, risk, risk treatment, document,
 * competence record), mix clauses 4, 6, 7 and 8 with Annex A.6 and A.10, and need no long chain of
 * derived facts.
 */
public final class SubsetRules {
  /** The twenty rules. */
  public static final List<String> RULES = List.of(
      "4.1/ai-system-purpose-missing",
      "4.1/ai-system-role-not-determined",
      "6.1.1/system-domain-undefined",
      "6.1.4/impact-assessment-missing",
      "A.10.3/component-supplier-not-identified",
      "A.6.1.2/developed-system-without-objective",
      "A.10.2/supplier-responsibilities-not-allocated",
      "A.10.3/supplier-not-evaluated",
      "A.10.3/supplier-not-approved",
      "6.1.2/risk-analysis-incomplete",
      "6.1.2/risk-evaluation-incomplete",
      "6.1.2/risk-acceptable-above-threshold",
      "6.1.3/treatment-option-missing",
      "6.1.3/treatment-without-controls",
      "8.3/treatment-overdue",
      "8.3/treatment-results-not-retained",
      "7.5.2/document-owner-missing",
      "7.5.2/document-not-approved",
      "7.5.2/document-not-identified",
      "7.2/competence-action-not-evaluated");

  /** The derivation rules the twenty need, and nothing else. */
  public static final List<String> DERIVATIONS = List.of(
      "derive/in-scope-system",
      "derive/in-scope-system-omitted-without-justification",
      "derive/in-scope-system-without-scope-section",
      "derive/included-in-scope",
      "derive/completed-impact-assessment",
      "derive/system-role-stated",
      "derive/system-role-from-organization",
      "derive/system-role-unknown",
      "derive/developed-system",
      "derive/system-objective",
      "derive/annex-a7/data-use",
      "derive/annex-a10/supplier-of-system",
      "derive/annex-a10/supplier-of-organization",
      "derive/annex-a10/supplier-of-component",
      "derive/annex-a10/supplier-of-data",
      "derive/annex-a10/supplier-evaluated",
      "derive/annex-a10/supplier-reviewed",
      "derive/completed-risk-assessment",
      "derive/clause-6/risk-of-completed-assessment",
      "derive/clause-6/risk-outside-assessment",
      "derive/documented-information/registered");

  private SubsetRules() {}
}
