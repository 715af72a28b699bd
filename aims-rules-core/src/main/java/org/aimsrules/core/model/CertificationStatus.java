package org.aimsrules.core.model;

/**
 * ISO/IEC 42001 certification status.
 */
public enum CertificationStatus {
  /** Not started. */
  NOT_STARTED,
  /** Preparing. */
  PREPARING,
  /** Stage 1 audit completed. */
  STAGE_1_COMPLETED,
  /** Certified. */
  CERTIFIED,
  /** Suspended. */
  SUSPENDED,
  /** Withdrawn. */
  WITHDRAWN
}
