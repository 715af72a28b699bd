package org.aimsrules.core.model;

/**
 * AI risk treatment option (6.1.3 a).
 */
public enum TreatmentOption {
  /** Reduce likelihood or consequence with controls. */
  MODIFY,
  /** Avoid the activity. */
  AVOID,
  /** Share or transfer the risk. */
  SHARE,
  /** Retain the risk by informed decision. */
  RETAIN
}
