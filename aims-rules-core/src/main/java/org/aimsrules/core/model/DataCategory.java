package org.aimsrules.core.model;

/**
 * Use of a data resource in the AI life cycle.
 */
public enum DataCategory {
  /** Training data. */
  TRAINING,
  /** Validation data. */
  VALIDATION,
  /** Test data. */
  TEST,
  /** Production or input data. */
  PRODUCTION,
  /** Reference or knowledge data. */
  REFERENCE
}
