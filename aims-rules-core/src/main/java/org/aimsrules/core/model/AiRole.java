package org.aimsrules.core.model;

/**
 * Role of an organization with respect to AI systems (ISO/IEC 22989 terms, clause 4.1).
 */
public enum AiRole {
  /** Provides AI products or services (including developing them for others). */
  AI_PROVIDER,
  /** Designs, develops, tests or deploys AI systems (AI developer). */
  AI_PRODUCER,
  /** Uses AI products or services (a user or deployer). */
  AI_CUSTOMER,
  /** Supplies components, data, integration or evaluation services. */
  AI_PARTNER,
  /** Is affected by AI systems, or its data is used by them. */
  AI_SUBJECT,
  /** Is a policy maker or regulator for AI. */
  RELEVANT_AUTHORITY
}
