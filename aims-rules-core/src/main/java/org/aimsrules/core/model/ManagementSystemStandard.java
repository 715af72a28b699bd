package org.aimsrules.core.model;

/**
 * Another management-system standard the organization is certified against.
 */
public enum ManagementSystemStandard {
  /** Information security management. */
  ISO_IEC_27001,
  /** Privacy information management. */
  ISO_IEC_27701,
  /** Quality management. */
  ISO_9001,
  /** Environmental management. */
  ISO_14001,
  /** Business continuity management. */
  ISO_22301,
  /** IT service management. */
  ISO_IEC_20000_1,
  /** Occupational health and safety management. */
  ISO_45001,
  /** Another standard. */
  OTHER
}
