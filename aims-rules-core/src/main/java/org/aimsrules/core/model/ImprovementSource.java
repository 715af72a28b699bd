package org.aimsrules.core.model;

/**
 * Where an improvement came from.
 */
public enum ImprovementSource {
  /** Management review. */
  MANAGEMENT_REVIEW,
  /** Internal audit. */
  INTERNAL_AUDIT,
  /** Monitoring. */
  MONITORING,
  /** Suggestion. */
  SUGGESTION,
  /** Incident. */
  INCIDENT,
  /** Other. */
  OTHER
}
