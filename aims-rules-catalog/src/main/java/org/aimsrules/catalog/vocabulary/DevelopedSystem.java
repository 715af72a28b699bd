package org.aimsrules.catalog.vocabulary;

/**
 * An {@link InScopeSystem} that the organization develops or provides: its roles for the system
 * ({@link SystemRole}) include AI provider or AI producer. Unknown roles count as both (fail closed).
 *
 * <p>Derived by {@code derive/developed-system}. One fact per system.
 *
 * @param aiSystemId the system's id
 */
public record DevelopedSystem(String aiSystemId) {}
