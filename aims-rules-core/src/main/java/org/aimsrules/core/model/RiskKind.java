package org.aimsrules.core.model;

/**
 * Whether an entry is a risk or an opportunity (6.1.1).
 */
public enum RiskKind {
  /** A risk. */
  RISK,
  /** An opportunity. */
  OPPORTUNITY
}
