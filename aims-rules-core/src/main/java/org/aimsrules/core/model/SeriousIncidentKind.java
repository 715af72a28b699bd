package org.aimsrules.core.model;

/**
 * Kind of serious incident (EU AI Act Art. 3(49), Art. 73).
 */
public enum SeriousIncidentKind {
  /** Death of a person. */
  DEATH,
  /** Serious harm to health. */
  SERIOUS_HEALTH_HARM,
  /** Serious and irreversible disruption of critical infrastructure. */
  CRITICAL_INFRASTRUCTURE_DISRUPTION,
  /** Widespread infringement. */
  WIDESPREAD_INFRINGEMENT,
  /** Infringement of fundamental-rights obligations. */
  FUNDAMENTAL_RIGHTS_INFRINGEMENT,
  /** Serious harm to property or the environment. */
  PROPERTY_OR_ENVIRONMENT_HARM
}
