package org.aimsrules.core.model;

/**
 * Category of an interested party (4.2).
 */
public enum PartyCategory {
  /** Customers and clients. */
  CUSTOMERS,
  /** Users of AI systems. */
  USERS,
  /** People affected by AI systems. */
  AFFECTED_PERSONS,
  /** Employees and workers. */
  EMPLOYEES,
  /** Regulators and authorities. */
  REGULATORS,
  /** Suppliers and partners providing inputs. */
  SUPPLIERS,
  /** Business partners. */
  PARTNERS,
  /** Owners, shareholders and investors. */
  OWNERS_INVESTORS,
  /** Civil society and the public. */
  CIVIL_SOCIETY,
  /** Another party. */
  OTHER
}
