package org.aimsrules.catalog.vocabulary;

/**
 * An AI system with human oversight that has an overseer: its human oversight names an overseer
 * role, or a role of the organization responsible for human oversight has someone assigned.
 *
 * <p>Derived by {@code derive/eu-ai-act/overseer-named} and
 * {@code derive/eu-ai-act/overseer-by-responsibility-area}. One fact per system.
 *
 * @param aiSystemId the system's id
 */
public record OverseerAssigned(String aiSystemId) {}
