package org.aimsrules.core.model;

/**
 * Where a data resource comes from.
 */
public enum DataOrigin {
  /** Collected internally. */
  INTERNAL,
  /** Acquired from a supplier. */
  THIRD_PARTY,
  /** Publicly available. */
  PUBLIC,
  /** Synthetic. */
  SYNTHETIC,
  /** Provided by users or customers. */
  USER_PROVIDED
}
