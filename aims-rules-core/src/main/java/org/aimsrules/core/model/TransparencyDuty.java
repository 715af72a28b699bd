package org.aimsrules.core.model;

/**
 * A transparency duty under EU AI Act Art. 50.
 */
public enum TransparencyDuty {
  /** People must be told they interact with an AI system (50(1)). */
  INTERACTION_WITH_PERSONS,
  /** Synthetic content must be marked machine-readably (50(2)). */
  SYNTHETIC_CONTENT_MARKING,
  /** People exposed to emotion recognition or biometric categorisation must be informed (50(3)). */
  EMOTION_RECOGNITION_OR_BIOMETRIC_CATEGORISATION,
  /** Deep fakes must be disclosed (50(4)). */
  DEEP_FAKE_DISCLOSURE,
  /** AI-generated text on matters of public interest must be disclosed (50(4)). */
  PUBLIC_INTEREST_TEXT_DISCLOSURE
}
