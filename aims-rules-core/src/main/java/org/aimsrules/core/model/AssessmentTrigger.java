package org.aimsrules.core.model;

/**
 * Why an assessment was performed.
 */
public enum AssessmentTrigger {
  /** First assessment. */
  INITIAL,
  /** Planned interval. */
  PLANNED,
  /** A significant change. */
  SIGNIFICANT_CHANGE,
  /** An incident. */
  INCIDENT,
  /** Another reason. */
  OTHER
}
