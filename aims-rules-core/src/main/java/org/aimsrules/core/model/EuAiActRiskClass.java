package org.aimsrules.core.model;

/**
 * Risk class that the organization has determined for an AI system under the EU AI Act.
 */
public enum EuAiActRiskClass {
  /** A prohibited practice (Art. 5). */
  PROHIBITED,
  /** High-risk (Art. 6). */
  HIGH_RISK,
  /** Subject to transparency duties only (Art. 50). */
  LIMITED_RISK,
  /** No specific obligations. */
  MINIMAL_RISK
}
