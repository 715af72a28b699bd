package org.aimsrules.core.model;

/**
 * Management review input (9.3.2).
 */
public enum ReviewInput {
  /** Status of actions from previous reviews (9.3.2 a). */
  PREVIOUS_ACTIONS_STATUS,
  /** Changes in external and internal issues (9.3.2 b). */
  ISSUE_CHANGES,
  /** Changes in needs and expectations of interested parties (9.3.2 c). */
  INTERESTED_PARTY_CHANGES,
  /** Nonconformities and corrective actions (9.3.2 d). */
  NONCONFORMITY_TRENDS,
  /** Monitoring and measurement results (9.3.2 d). */
  MONITORING_TRENDS,
  /** Audit results (9.3.2 d). */
  AUDIT_TRENDS,
  /** Opportunities for continual improvement (9.3.2 e). */
  IMPROVEMENT_OPPORTUNITIES,
  /** Fulfilment of AI objectives. */
  OBJECTIVES_FULFILMENT,
  /** Risk assessment results and treatment status. */
  RISK_STATUS,
  /** AI incidents. */
  INCIDENTS,
  /** Feedback from interested parties. */
  INTERESTED_PARTY_FEEDBACK
}
