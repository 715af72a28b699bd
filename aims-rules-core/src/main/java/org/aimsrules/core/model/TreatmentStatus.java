package org.aimsrules.core.model;

/**
 * Status of a risk treatment.
 */
public enum TreatmentStatus {
  /** Planned. */
  PLANNED,
  /** In progress. */
  IN_PROGRESS,
  /** Implemented. */
  IMPLEMENTED,
  /** Cancelled. */
  CANCELLED
}
