package org.aimsrules.core.model;

/**
 * Status of a risk.
 */
public enum RiskStatus {
  /** Identified, not yet treated. */
  OPEN,
  /** Treatment under way. */
  IN_TREATMENT,
  /** Treatment implemented. */
  TREATED,
  /** Accepted without further treatment. */
  ACCEPTED,
  /** No longer relevant. */
  CLOSED
}
