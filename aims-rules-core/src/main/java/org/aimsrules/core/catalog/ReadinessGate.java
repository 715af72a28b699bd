package org.aimsrules.core.catalog;

/**
 * Which certification stage a rule's nonconformities block (see
 * {@link org.aimsrules.core.report.Verdict}).
 */
public enum ReadinessGate {
  /** The rule checks mandatory documented information: a nonconformity blocks stage 1. */
  STAGE_1,
  /** The rule checks that the internal-audit and management-review cycle is evidenced: a nonconformity blocks stage 2. */
  STAGE_2
}
