package org.aimsrules.core.model;

/**
 * An aspect of top-management leadership and commitment (5.1 a-h).
 */
public enum LeadershipAspect {
  /** AI policy and objectives exist and fit the strategic direction (5.1 a). */
  POLICY_AND_OBJECTIVES_ALIGNED,
  /** AIMS requirements are integrated into business processes (5.1 b). */
  REQUIREMENTS_INTEGRATED,
  /** Resources needed by the AIMS are available (5.1 c). */
  RESOURCES_AVAILABLE,
  /** The importance of effective AI management is communicated (5.1 d). */
  IMPORTANCE_COMMUNICATED,
  /** The AIMS achieves its intended results (5.1 e). */
  INTENDED_RESULTS_ACHIEVED,
  /** People are directed and supported to contribute (5.1 f). */
  PERSONS_DIRECTED_AND_SUPPORTED,
  /** Continual improvement is promoted (5.1 g). */
  CONTINUAL_IMPROVEMENT_PROMOTED,
  /** Other managers are supported in their leadership (5.1 h). */
  MANAGERS_SUPPORTED
}
