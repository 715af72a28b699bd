package org.aimsrules.core.model;

/**
 * How far decisions are automated.
 */
public enum AutomationLevel {
  /** The system only informs a human decision. */
  DECISION_SUPPORT,
  /** A human approves each decision. */
  HUMAN_IN_THE_LOOP,
  /** A human supervises and can intervene. */
  HUMAN_ON_THE_LOOP,
  /** Decisions take effect without human involvement. */
  FULLY_AUTOMATED
}
