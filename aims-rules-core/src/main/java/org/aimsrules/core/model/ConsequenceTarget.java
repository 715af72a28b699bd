package org.aimsrules.core.model;

/**
 * Who or what bears a consequence.
 */
public enum ConsequenceTarget {
  /** The organization. */
  ORGANIZATION,
  /** Individuals. */
  INDIVIDUALS,
  /** Groups of individuals. */
  GROUPS,
  /** Society. */
  SOCIETY
}
