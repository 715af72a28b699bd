package org.aimsrules.core.model;

/**
 * Status of an incident.
 */
public enum IncidentStatus {
  /** Open. */
  OPEN,
  /** Closed. */
  CLOSED
}
