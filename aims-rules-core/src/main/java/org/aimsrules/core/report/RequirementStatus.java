package org.aimsrules.core.report;

/** Status of one requirement (sub-clause, obligation or Annex A control) in a report. */
public enum RequirementStatus {
  /**
   * It applies, rules check it, every check passed, and the model holds positive evidence for it
   * (some property that the evidence map lists for it is recorded) with none of the evidence it
   * needs absent. See {@code automated} for how much was checked.
   */
  CONFORMING,
  /** At least one major or minor nonconformity was found against it. */
  NONCONFORMING,
  /** It does not apply to this organization; the reason says why. */
  NOT_APPLICABLE,
  /**
   * It applies and rules check it, no nonconformity was found, but the model cannot show it is met:
   * evidence it needs is absent (a finding that is not a nonconformity, for example after a
   * severity override, points where it should be) or the model records none of the evidence the
   * evidence map lists for it. The reason says which. An auditor has to look.
   */
  NOT_EVIDENCED,
  /** No rule checks it: an auditor has to; the reason says why it cannot be automated. */
  NOT_AUTOMATED
}
