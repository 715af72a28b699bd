package org.aimsrules.core.model;

/**
 * Confidentiality class of documented information.
 */
public enum Confidentiality {
  /** Public. */
  PUBLIC,
  /** Internal. */
  INTERNAL,
  /** Confidential. */
  CONFIDENTIAL,
  /** Restricted. */
  RESTRICTED
}
