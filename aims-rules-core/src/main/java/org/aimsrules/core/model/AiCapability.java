package org.aimsrules.core.model;

/**
 * What an AI system does that the EU AI Act's prohibitions (Art. 5) turn on. Recorded as facts about
 * the system, so that a prohibited practice is recognised from them and not only from the
 * organization's own screening.
 */
public enum AiCapability {
  /** Infers emotions or intentions of natural persons from biometric data. */
  EMOTION_RECOGNITION,
  /** Categorises natural persons from biometric data by traits such as race or beliefs. */
  BIOMETRIC_CATEGORISATION,
  /** Identifies natural persons at a distance from biometric data. */
  REMOTE_BIOMETRIC_IDENTIFICATION,
  /** Evaluates or classifies persons over time by social behaviour or personal traits (social score). */
  SOCIAL_SCORING,
  /** Builds or expands facial-recognition databases by untargeted scraping of facial images. */
  FACIAL_IMAGE_SCRAPING,
  /** Assesses the risk that a person commits an offence based solely on profiling or traits. */
  CRIME_RISK_PROFILING,
  /** Uses subliminal, purposefully manipulative or deceptive techniques. */
  MANIPULATIVE_TECHNIQUES,
  /** Exploits vulnerabilities due to age, disability or a social or economic situation. */
  EXPLOITS_VULNERABILITIES
}
