package org.aimsrules.core.model;

/**
 * Kind of management review output (9.3.3).
 */
public enum ReviewOutputKind {
  /** Decision on continual-improvement opportunities. */
  IMPROVEMENT_DECISION,
  /** Decision on changes needed to the AIMS (including that none is needed). */
  AIMS_CHANGE_DECISION,
  /** Decision on resource needs. */
  RESOURCE_DECISION,
  /** Another action. */
  ACTION
}
