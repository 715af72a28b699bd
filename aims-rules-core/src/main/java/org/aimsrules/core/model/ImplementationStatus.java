package org.aimsrules.core.model;

/**
 * Implementation status of a control in the Statement of Applicability.
 */
public enum ImplementationStatus {
  /** Not started. */
  NOT_STARTED,
  /** Planned with a date. */
  PLANNED,
  /** Partially implemented. */
  PARTIAL,
  /** Implemented. */
  IMPLEMENTED
}
