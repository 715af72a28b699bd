package org.aimsrules.core.model;

/**
 * EU AI Act Annex III high-risk area of an AI system.
 */
public enum AnnexIiiArea {
  /** Not in an Annex III area. */
  NONE,
  /** 1 Biometrics. */
  BIOMETRICS,
  /** 2 Critical infrastructure. */
  CRITICAL_INFRASTRUCTURE,
  /** 3 Education and vocational training. */
  EDUCATION,
  /** 4 Employment, workers management and access to self-employment. */
  EMPLOYMENT,
  /** 5 Access to essential private and public services and benefits. */
  ESSENTIAL_SERVICES,
  /** 6 Law enforcement. */
  LAW_ENFORCEMENT,
  /** 7 Migration, asylum and border control. */
  MIGRATION_BORDER,
  /** 8 Administration of justice and democratic processes. */
  JUSTICE_DEMOCRACY
}
