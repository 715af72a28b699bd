package org.aimsrules.core.model;

/**
 * Domain of another organizational policy that AI may affect (A.2.3).
 */
public enum PolicyDomain {
  /** Information security. */
  INFORMATION_SECURITY,
  /** Privacy and data protection. */
  PRIVACY,
  /** Quality. */
  QUALITY,
  /** Safety. */
  SAFETY,
  /** Ethics and conduct. */
  ETHICS,
  /** Human resources. */
  HUMAN_RESOURCES,
  /** Procurement. */
  PROCUREMENT,
  /** Environment. */
  ENVIRONMENT,
  /** Another domain. */
  OTHER
}
