package org.aimsrules.core.model;

/**
 * A prohibited AI practice under EU AI Act Art. 5(1).
 */
public enum ProhibitedPractice {
  /** Subliminal, manipulative or deceptive techniques (5(1)(a)). */
  MANIPULATIVE_TECHNIQUES,
  /** Exploiting vulnerabilities of age, disability or situation (5(1)(b)). */
  EXPLOITING_VULNERABILITIES,
  /** Social scoring (5(1)(c)). */
  SOCIAL_SCORING,
  /** Crime-risk prediction based solely on profiling (5(1)(d)). */
  CRIME_PREDICTION_BY_PROFILING,
  /** Untargeted scraping of facial images (5(1)(e)). */
  FACIAL_IMAGE_SCRAPING,
  /** Emotion inference at work or in education (5(1)(f)). */
  EMOTION_INFERENCE_WORK_EDUCATION,
  /** Biometric categorisation inferring sensitive traits (5(1)(g)). */
  BIOMETRIC_CATEGORISATION_SENSITIVE,
  /** Real-time remote biometric identification in public spaces for law enforcement (5(1)(h)). */
  REALTIME_REMOTE_BIOMETRIC_ID
}
