package org.aimsrules.core.model;

/**
 * Interested-party category that technical documentation serves (A.6.2.7).
 */
public enum DocumentationAudience {
  /** Users. */
  USERS,
  /** Deployers and customers. */
  DEPLOYERS,
  /** Partners and integrators. */
  PARTNERS,
  /** Supervisory authorities. */
  AUTHORITIES,
  /** Internal teams. */
  INTERNAL
}
