package org.aimsrules.core.model;

/** Where, or for whom, an AI system is deployed. */
public enum DeploymentContext {
  /** At the workplace, on employees or applicants. */
  WORKPLACE,
  /** In education or vocational training institutions. */
  EDUCATION,
  /** In publicly accessible spaces. */
  PUBLICLY_ACCESSIBLE_SPACES,
  /** For law enforcement. */
  LAW_ENFORCEMENT,
  /** For medical or safety reasons. */
  MEDICAL_OR_SAFETY,
  /** Offered to consumers. */
  CONSUMER,
  /** In internal operations not aimed at natural persons. */
  INTERNAL_OPERATIONS
}
