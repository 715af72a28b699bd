package org.aimsrules.core.model;

/**
 * How a nonconformity was found.
 */
public enum NonconformitySource {
  /** Internal audit. */
  INTERNAL_AUDIT,
  /** External audit. */
  EXTERNAL_AUDIT,
  /** Incident. */
  INCIDENT,
  /** Monitoring. */
  MONITORING,
  /** Complaint or report. */
  COMPLAINT,
  /** Management review. */
  MANAGEMENT_REVIEW,
  /** Other. */
  OTHER
}
