package org.aimsrules.core.model;

/**
 * Status of an improvement.
 */
public enum ImprovementStatus {
  /** Proposed. */
  PROPOSED,
  /** Approved. */
  APPROVED,
  /** Implemented. */
  IMPLEMENTED,
  /** Rejected. */
  REJECTED
}
