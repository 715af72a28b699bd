package org.aimsrules.core.model;

/**
 * How a risk level is derived from likelihood and severity.
 */
public enum RiskLevelMethod {
  /** Level = likelihood x severity. */
  PRODUCT,
  /** A documented risk matrix. */
  MATRIX,
  /** Another documented method. */
  OTHER
}
