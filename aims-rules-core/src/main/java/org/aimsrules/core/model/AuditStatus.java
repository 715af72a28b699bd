package org.aimsrules.core.model;

/**
 * Status of an internal audit.
 */
public enum AuditStatus {
  /** Planned. */
  PLANNED,
  /** In progress. */
  IN_PROGRESS,
  /** Completed. */
  COMPLETED,
  /** Cancelled. */
  CANCELLED
}
