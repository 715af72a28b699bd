package org.aimsrules.catalog.vocabulary;

/**
 * An AI system held to the high-risk bar, with the basis for it: an {@link EuAiActSystem} in an Annex
 * III area (unless a documented derogation holds and it does not profile natural persons), the safety
 * component of an Annex I product, a system the organization classifies high-risk itself, or an EU
 * system not classified under the Act at all (fail closed). A system with several bases has one fact
 * per basis.
 *
 * <p>Derived by {@code derive/high-risk-annex-iii}, {@code derive/high-risk-annex-i},
 * {@code derive/high-risk-declared} and {@code derive/eu-ai-act/high-risk-not-classified}.
 *
 * @param aiSystemId the system's id
 * @param basis why it is high-risk, for messages
 */
public record HighRiskSystem(String aiSystemId, String basis) {}
