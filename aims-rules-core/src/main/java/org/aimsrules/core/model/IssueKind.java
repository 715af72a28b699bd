package org.aimsrules.core.model;

/**
 * Whether a context issue (4.1) is internal or external.
 */
public enum IssueKind {
  /** Internal issue. */
  INTERNAL,
  /** External issue. */
  EXTERNAL
}
