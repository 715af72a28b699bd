package org.aimsrules.core.model;

/**
 * How an impact category was handled.
 */
public enum ImpactConsideration {
  /** Assessed. */
  ASSESSED,
  /** Explicitly ruled out as not relevant, with a rationale. */
  RULED_OUT
}
