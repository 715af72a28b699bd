package org.aimsrules.catalog.vocabulary;

/**
 * An AI system (in scope or not) to which the EU AI Act applies: its profile says so, or it does not
 * say and the organization operates in the EU, or states no jurisdictions at all (fail closed: an
 * unknown reach is the demanding case).
 *
 * <p>Derived by {@code derive/eu-ai-act-system-stated}, {@code derive/eu-ai-act-system-by-jurisdiction}
 * and {@code derive/eu-ai-act/eu-system-jurisdictions-unknown}. One fact per system.
 *
 * @param aiSystemId the system's id
 */
public record EuAiActSystem(String aiSystemId) {}
