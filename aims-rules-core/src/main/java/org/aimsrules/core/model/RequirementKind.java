package org.aimsrules.core.model;

/**
 * Nature of an interested-party requirement.
 */
public enum RequirementKind {
  /** Legal or statutory. */
  LEGAL,
  /** Regulatory. */
  REGULATORY,
  /** Contractual. */
  CONTRACTUAL,
  /** Voluntary commitment or expectation. */
  VOLUNTARY,
  /** Other. */
  OTHER
}
