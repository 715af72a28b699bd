package org.aimsrules.core.model;

/**
 * Internal or external communication (7.4).
 */
public enum CommunicationDirection {
  /** Internal. */
  INTERNAL,
  /** External. */
  EXTERNAL
}
