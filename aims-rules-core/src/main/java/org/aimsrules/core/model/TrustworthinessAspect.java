package org.aimsrules.core.model;

/**
 * Aspect an objective addresses (ISO/IEC 42001 Annex C).
 */
public enum TrustworthinessAspect {
  /** Accountability. */
  ACCOUNTABILITY,
  /** AI expertise. */
  AI_EXPERTISE,
  /** Availability and quality of training and test data. */
  DATA_QUALITY,
  /** Environmental impact. */
  ENVIRONMENTAL_IMPACT,
  /** Fairness. */
  FAIRNESS,
  /** Maintainability. */
  MAINTAINABILITY,
  /** Privacy. */
  PRIVACY,
  /** Robustness. */
  ROBUSTNESS,
  /** Safety. */
  SAFETY,
  /** Security. */
  SECURITY,
  /** Transparency and explainability. */
  TRANSPARENCY_EXPLAINABILITY,
  /** Reliability. */
  RELIABILITY,
  /** Accessibility. */
  ACCESSIBILITY,
  /** Human oversight. */
  HUMAN_OVERSIGHT
}
