package org.aimsrules.core.model;

/**
 * Status of an action.
 */
public enum ActionStatus {
  /** Open. */
  OPEN,
  /** In progress. */
  IN_PROGRESS,
  /** Done. */
  DONE,
  /** Cancelled. */
  CANCELLED
}
