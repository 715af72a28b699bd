package org.aimsrules.core.model;

/**
 * Awareness topic (7.3).
 */
public enum AwarenessTopic {
  /** The AI policy (7.3 a). */
  AI_POLICY,
  /** Their contribution to AIMS effectiveness (7.3 b). */
  CONTRIBUTION_TO_EFFECTIVENESS,
  /** Implications of not conforming (7.3 c). */
  IMPLICATIONS_OF_NONCONFORMITY,
  /** Responsible AI practices. */
  RESPONSIBLE_AI,
  /** AI literacy (EU AI Act Art. 4). */
  AI_LITERACY
}
