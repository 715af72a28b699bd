package org.aimsrules.core.model;

/**
 * Kind of competence evidence (7.2).
 */
public enum CompetenceEvidenceType {
  /** Education. */
  EDUCATION,
  /** Training. */
  TRAINING,
  /** Experience. */
  EXPERIENCE,
  /** Certification. */
  CERTIFICATION
}
