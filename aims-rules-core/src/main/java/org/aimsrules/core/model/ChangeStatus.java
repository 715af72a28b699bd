package org.aimsrules.core.model;

/**
 * Status of a change.
 */
public enum ChangeStatus {
  /** Proposed. */
  PROPOSED,
  /** Approved. */
  APPROVED,
  /** Implemented. */
  IMPLEMENTED,
  /** Rejected. */
  REJECTED
}
