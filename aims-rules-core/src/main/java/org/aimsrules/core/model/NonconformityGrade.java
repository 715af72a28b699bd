package org.aimsrules.core.model;

/**
 * Grade the organization gave a nonconformity.
 */
public enum NonconformityGrade {
  /** Major. */
  MAJOR,
  /** Minor. */
  MINOR
}
