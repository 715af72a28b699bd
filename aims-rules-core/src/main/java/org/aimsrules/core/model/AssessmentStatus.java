package org.aimsrules.core.model;

/**
 * Status of an assessment.
 */
public enum AssessmentStatus {
  /** Planned. */
  PLANNED,
  /** In progress. */
  IN_PROGRESS,
  /** Completed. */
  COMPLETED
}
