package org.aimsrules.core.model;

/**
 * Status of documented information.
 */
public enum DocumentStatus {
  /** Draft. */
  DRAFT,
  /** In force. */
  ACTIVE,
  /** Obsolete, kept for retention. */
  OBSOLETE
}
