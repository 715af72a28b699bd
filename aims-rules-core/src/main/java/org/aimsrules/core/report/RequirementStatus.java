package org.aimsrules.core.report;

/** Status of one requirement (sub-clause, obligation or Annex A control) in a report. */
public enum RequirementStatus {
  /** Every automated check on it passed; see {@code automated} for how much was checked. */
  CONFORMING,
  /** At least one major or minor nonconformity was found against it. */
  NONCONFORMING,
  /** It does not apply to this organization; the reason says why. */
  NOT_APPLICABLE,
  /** No rule checks it: an auditor has to; the reason says why it cannot be automated. */
  NOT_AUTOMATED
}
