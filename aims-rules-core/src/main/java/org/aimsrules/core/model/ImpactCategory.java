package org.aimsrules.core.model;

/**
 * Category of impact considered in an AI system impact assessment.
 */
public enum ImpactCategory {
  /** Privacy and data protection. */
  PRIVACY_DATA_PROTECTION,
  /** Fairness and non-discrimination. */
  FAIRNESS_NON_DISCRIMINATION,
  /** Safety and health. */
  SAFETY,
  /** Security. */
  SECURITY,
  /** Human autonomy and oversight. */
  HUMAN_AUTONOMY_OVERSIGHT,
  /** Transparency and explainability. */
  TRANSPARENCY_EXPLAINABILITY,
  /** Accountability. */
  ACCOUNTABILITY,
  /** Environmental sustainability. */
  ENVIRONMENTAL_SUSTAINABILITY,
  /** Societal wellbeing. */
  SOCIETAL_WELLBEING
}
