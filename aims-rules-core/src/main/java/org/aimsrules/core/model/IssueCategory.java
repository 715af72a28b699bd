package org.aimsrules.core.model;

/**
 * Topic of a context issue.
 */
public enum IssueCategory {
  /** Laws, regulations and regulatory expectations. */
  LEGAL_REGULATORY,
  /** Technology and its evolution. */
  TECHNOLOGICAL,
  /** Markets and competition. */
  MARKET_COMPETITIVE,
  /** Societal and ethical expectations. */
  SOCIETAL_ETHICAL,
  /** Environment, including climate. */
  ENVIRONMENTAL,
  /** Governance, structure, culture and capabilities. */
  ORGANIZATIONAL,
  /** Finance and resources. */
  FINANCIAL,
  /** Another topic. */
  OTHER
}
