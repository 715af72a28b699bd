package org.aimsrules.core.model;

/**
 * Kind of resource (7.1, A.4.2).
 */
public enum ResourceKind {
  /** Budget. */
  FINANCIAL,
  /** People. */
  HUMAN,
  /** Tools and software. */
  TOOLING,
  /** System and computing resources. */
  COMPUTING,
  /** Data. */
  DATA,
  /** Infrastructure. */
  INFRASTRUCTURE,
  /** External services. */
  EXTERNAL_SERVICE,
  /** Other. */
  OTHER
}
