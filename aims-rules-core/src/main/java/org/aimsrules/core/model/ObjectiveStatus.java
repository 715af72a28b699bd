package org.aimsrules.core.model;

/**
 * Status of an objective.
 */
public enum ObjectiveStatus {
  /** Not started. */
  NOT_STARTED,
  /** On track. */
  ON_TRACK,
  /** At risk. */
  AT_RISK,
  /** Achieved. */
  ACHIEVED,
  /** Missed. */
  MISSED,
  /** Cancelled. */
  CANCELLED
}
