package org.aimsrules.core.model;

/**
 * Direction of an impact.
 */
public enum ImpactDirection {
  /** Positive. */
  POSITIVE,
  /** Negative. */
  NEGATIVE,
  /** Both positive and negative. */
  MIXED
}
