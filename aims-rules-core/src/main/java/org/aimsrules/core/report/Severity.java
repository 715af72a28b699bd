package org.aimsrules.core.report;

/** How a certification auditor grades a finding (ISO/IEC 17021-1 practice). */
public enum Severity {
  /** A required element is absent or has broken down; it affects the AIMS's capability to achieve its intended results. */
  MAJOR,
  /** An isolated lapse that does not affect the AIMS's capability to achieve its intended results. */
  MINOR,
  /** A weakness or early warning with no objective evidence of a nonconformity. */
  OBSERVATION,
  /** A good-practice suggestion. */
  OPPORTUNITY;

  /**
   * Whether findings of this severity are nonconformities.
   *
   * @return true for {@link #MAJOR} and {@link #MINOR}
   */
  public boolean isNonconformity() {
    return this == MAJOR || this == MINOR;
  }

  /**
   * Whether this severity is at least as grave as {@code other}.
   *
   * @param other the severity to compare with
   * @return true when this is {@code other} or graver
   */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
