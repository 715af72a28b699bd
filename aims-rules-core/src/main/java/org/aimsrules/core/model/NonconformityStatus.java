package org.aimsrules.core.model;

/**
 * Status of a nonconformity.
 */
public enum NonconformityStatus {
  /** Open. */
  OPEN,
  /** Actions under way. */
  IN_PROGRESS,
  /** Closed. */
  CLOSED
}
