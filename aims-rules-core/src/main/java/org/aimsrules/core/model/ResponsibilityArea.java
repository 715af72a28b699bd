package org.aimsrules.core.model;

/**
 * An area of responsibility that a role covers (5.3, A.3.2).
 */
public enum ResponsibilityArea {
  /** Ensuring the AIMS conforms to ISO/IEC 42001 (5.3 a). */
  AIMS_CONFORMANCE,
  /** Reporting AIMS performance to top management (5.3 b). */
  AIMS_PERFORMANCE_REPORTING,
  /** AI risk management. */
  AI_RISK_MANAGEMENT,
  /** AI system impact assessment. */
  IMPACT_ASSESSMENT,
  /** Asset and resource management. */
  RESOURCE_MANAGEMENT,
  /** Security. */
  SECURITY,
  /** Safety. */
  SAFETY,
  /** Privacy. */
  PRIVACY,
  /** AI system development. */
  AI_DEVELOPMENT,
  /** AI system performance. */
  AI_PERFORMANCE,
  /** Human oversight of AI systems. */
  HUMAN_OVERSIGHT,
  /** Supplier relationships. */
  SUPPLIER_RELATIONSHIPS,
  /** Data quality. */
  DATA_QUALITY,
  /** Legal and regulatory obligations. */
  LEGAL_COMPLIANCE,
  /** Internal audit. */
  INTERNAL_AUDIT,
  /** Handling of reported concerns. */
  CONCERN_HANDLING,
  /** Incident management. */
  INCIDENT_MANAGEMENT,
  /** Control of documented information. */
  DOCUMENT_CONTROL
}
