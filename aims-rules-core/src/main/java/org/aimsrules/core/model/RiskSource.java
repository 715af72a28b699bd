package org.aimsrules.core.model;

/**
 * Risk source (ISO/IEC 42001 Annex C and ISO/IEC 23894).
 */
public enum RiskSource {
  /** Complexity of the environment. */
  COMPLEXITY_OF_ENVIRONMENT,
  /** Lack of transparency and explainability. */
  LACK_OF_TRANSPARENCY,
  /** Level of automation. */
  LEVEL_OF_AUTOMATION,
  /** Machine-learning specific (data quality, drift, continuous learning). */
  MACHINE_LEARNING,
  /** System hardware issues. */
  HARDWARE,
  /** System life-cycle issues. */
  LIFE_CYCLE,
  /** Technology readiness. */
  TECHNOLOGY_READINESS,
  /** Data acquisition and use. */
  DATA,
  /** Security threats. */
  SECURITY,
  /** Legal and regulatory. */
  LEGAL,
  /** Third parties. */
  THIRD_PARTY,
  /** Another source. */
  OTHER
}
