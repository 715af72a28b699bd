package org.aimsrules.core.model;

/**
 * What a supplier provides.
 */
public enum SupplyKind {
  /** Data. */
  DATA,
  /** Models. */
  MODEL,
  /** Tools. */
  TOOLING,
  /** Computing resources. */
  COMPUTING,
  /** Complete AI systems. */
  AI_SYSTEM,
  /** Services. */
  SERVICE,
  /** Other. */
  OTHER
}
