package org.aimsrules.catalog.vocabulary;

/**
 * An AI system of the inventory that the catalog checks: not retired, and included in the AIMS scope,
 * or left out of it without a justified exclusion, or any system when the model has no scope section
 * (fail closed: leaving a system out without saying why never silences its findings).
 *
 * <p>Derived by {@code derive/in-scope-system}, {@code derive/in-scope-system-omitted-without-justification}
 * and {@code derive/in-scope-system-without-scope-section}. One fact per system.
 *
 * @param aiSystemId the system's id
 */
public record InScopeSystem(String aiSystemId) {}
