package org.aimsrules.core.model;

/**
 * What a monitoring activity evaluates (9.1).
 */
public enum MonitoringKind {
  /** AI system performance. */
  AI_SYSTEM_PERFORMANCE,
  /** Achievement of objectives. */
  OBJECTIVE,
  /** Effectiveness of controls. */
  CONTROL_EFFECTIVENESS,
  /** Process performance. */
  PROCESS,
  /** Performance and effectiveness of the AIMS as a whole. */
  AIMS_PERFORMANCE,
  /** Supplier performance. */
  SUPPLIER,
  /** Other. */
  OTHER
}
