package org.aimsrules.core.model;

/**
 * Type of documented information (7.5); the first group names the mandatory items of the standard.
 */
public enum DocumentType {
  /** Scope of the AIMS (4.3). */
  AIMS_SCOPE,
  /** AI policy (5.2). */
  AI_POLICY,
  /** Actions to address AI risks and opportunities (6.1.1). */
  RISK_OPPORTUNITY_ACTIONS,
  /** AI risk assessment process (6.1.2). */
  RISK_ASSESSMENT_PROCESS,
  /** AI risk treatment process (6.1.3). */
  RISK_TREATMENT_PROCESS,
  /** Statement of Applicability (6.1.3 f). */
  STATEMENT_OF_APPLICABILITY,
  /** AI risk treatment plan (6.1.3 g). */
  RISK_TREATMENT_PLAN,
  /** Necessary controls (6.1.3). */
  NECESSARY_CONTROLS,
  /** Results of an AI system impact assessment (6.1.4, 8.4). */
  IMPACT_ASSESSMENT_REPORT,
  /** AI objectives (6.2). */
  AI_OBJECTIVES,
  /** Evidence of competence (7.2). */
  COMPETENCE_EVIDENCE,
  /** Evidence that processes ran as planned (8.1). */
  OPERATIONAL_RECORDS,
  /** Results of AI risk assessments (8.2). */
  RISK_ASSESSMENT_RESULTS,
  /** Results of AI risk treatment (8.3). */
  RISK_TREATMENT_RESULTS,
  /** Monitoring and measurement results (9.1). */
  MONITORING_RESULTS,
  /** Audit programme (9.2.2). */
  AUDIT_PROGRAMME,
  /** Internal audit results (9.2.2). */
  AUDIT_REPORT,
  /** Management review results (9.3.3). */
  MANAGEMENT_REVIEW_MINUTES,
  /** Nonconformities and actions taken (10.2). */
  NONCONFORMITY_RECORDS,
  /** Results of corrective actions (10.2). */
  CORRECTIVE_ACTION_RECORDS,
  /** A procedure or process description. */
  PROCEDURE,
  /** Another policy. */
  POLICY,
  /** A plan. */
  PLAN,
  /** A record. */
  RECORD,
  /** A report. */
  REPORT,
  /** AI system technical documentation. */
  TECHNICAL_DOCUMENTATION,
  /** A contract or agreement. */
  AGREEMENT,
  /** Documented information of external origin. */
  EXTERNAL,
  /** Other. */
  OTHER
}
