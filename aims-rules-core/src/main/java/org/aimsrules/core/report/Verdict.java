package org.aimsrules.core.report;

/** Certification readiness, as an auditor planning the two-stage initial audit would judge it. */
public enum Verdict {
  /** Mandatory documented information is missing: a stage 1 audit would not pass. */
  NOT_READY,
  /**
   * The documentation is complete, but implementation is not yet evidenced: no completed internal
   * audit and management review cycle, or open major nonconformities.
   */
  STAGE_1_READY,
  /** No major nonconformity and a full internal audit and management review cycle is evidenced. */
  STAGE_2_READY
}
