package org.aimsrules.core.model;

/**
 * Recipient of a reporting obligation (A.8.5).
 */
public enum RecipientKind {
  /** An authority or regulator. */
  AUTHORITY,
  /** Customers. */
  CUSTOMERS,
  /** Users. */
  USERS,
  /** The public. */
  PUBLIC,
  /** Partners. */
  PARTNERS,
  /** Other. */
  OTHER
}
