package org.aimsrules.core.model;

/**
 * Kind of third-party component used by an AI system.
 */
public enum ComponentKind {
  /** A pre-trained or hosted model. */
  MODEL,
  /** A dataset. */
  DATASET,
  /** A software library or framework. */
  LIBRARY,
  /** A service reached through an API. */
  API_SERVICE,
  /** A platform or infrastructure. */
  PLATFORM,
  /** Another component. */
  OTHER
}
