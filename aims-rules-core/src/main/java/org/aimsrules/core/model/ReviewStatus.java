package org.aimsrules.core.model;

/**
 * Status of a management review.
 */
public enum ReviewStatus {
  /** Planned. */
  PLANNED,
  /** Held and minuted. */
  COMPLETED
}
