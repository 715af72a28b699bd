package org.aimsrules.core.model;

/**
 * Kind of AIMS process (4.4, 8.1).
 */
public enum ProcessType {
  /** AI risk assessment (6.1.2). */
  RISK_ASSESSMENT,
  /** AI risk treatment (6.1.3). */
  RISK_TREATMENT,
  /** AI system impact assessment (6.1.4, A.5.2). */
  IMPACT_ASSESSMENT,
  /** AI system life cycle management (A.6.2). */
  AI_SYSTEM_LIFECYCLE,
  /** Responsible design and development (A.6.1.3). */
  RESPONSIBLE_DEVELOPMENT,
  /** Responsible use of AI systems (A.9.2). */
  RESPONSIBLE_USE,
  /** Data management for development (A.7.2). */
  DATA_MANAGEMENT,
  /** Recording data provenance (A.7.5). */
  DATA_PROVENANCE,
  /** Supplier management (A.10.3). */
  SUPPLIER_MANAGEMENT,
  /** Customer relationship management (A.10.4). */
  CUSTOMER_MANAGEMENT,
  /** Incident management and communication (A.8.4). */
  INCIDENT_MANAGEMENT,
  /** Planning and control of changes (6.3, 8.1). */
  CHANGE_MANAGEMENT,
  /** Control of documented information (7.5). */
  DOCUMENT_CONTROL,
  /** Competence and awareness (7.2, 7.3). */
  COMPETENCE_MANAGEMENT,
  /** Communication (7.4). */
  COMMUNICATION,
  /** Monitoring, measurement, analysis and evaluation (9.1). */
  MONITORING_MEASUREMENT,
  /** Internal audit (9.2). */
  INTERNAL_AUDIT,
  /** Management review (9.3). */
  MANAGEMENT_REVIEW,
  /** Nonconformity and corrective action (10.2). */
  NONCONFORMITY_CORRECTIVE_ACTION,
  /** Reporting of concerns (A.3.3). */
  CONCERN_REPORTING,
  /** Handling of external reports of adverse impacts (A.8.3). */
  EXTERNAL_REPORTING,
  /** Another process. */
  OTHER
}
