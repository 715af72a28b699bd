package org.aimsrules.core.model;

/**
 * A commitment stated in the AI policy (5.2).
 */
public enum PolicyCommitment {
  /** Commitment to meet applicable requirements (5.2 c). */
  MEET_APPLICABLE_REQUIREMENTS,
  /** Commitment to continual improvement of the AIMS (5.2 d). */
  CONTINUAL_IMPROVEMENT
}
