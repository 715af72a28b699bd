package org.aimsrules.core.model;

/**
 * Kind of objective.
 */
public enum ObjectiveKind {
  /** AI objective of the management system (6.2). */
  AIMS,
  /** Objective for responsible development (A.6.1.2). */
  RESPONSIBLE_DEVELOPMENT,
  /** Objective for responsible use (A.9.3). */
  RESPONSIBLE_USE
}
