package org.aimsrules.core.model;

/**
 * Kind of change.
 */
public enum ChangeKind {
  /** A change to the management system. */
  AIMS,
  /** A change to an AI system. */
  AI_SYSTEM,
  /** An organizational change. */
  ORGANIZATION,
  /** A change of context. */
  CONTEXT,
  /** A regulatory change. */
  REGULATORY
}
