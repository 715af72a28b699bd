package org.aimsrules.core.model;

/**
 * AI system life-cycle stage (ISO/IEC 22989).
 */
public enum LifecycleStage {
  /** Inception. */
  INCEPTION,
  /** Design and development. */
  DESIGN_AND_DEVELOPMENT,
  /** Verification and validation. */
  VERIFICATION_AND_VALIDATION,
  /** Deployment. */
  DEPLOYMENT,
  /** Operation and monitoring. */
  OPERATION_AND_MONITORING,
  /** Continuous validation or re-evaluation. */
  RE_EVALUATION,
  /** Retired or decommissioned. */
  RETIRED
}
