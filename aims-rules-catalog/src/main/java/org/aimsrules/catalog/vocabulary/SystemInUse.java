package org.aimsrules.catalog.vocabulary;

/**
 * An {@link InScopeSystem} that is in use: in operation and monitoring, or being re-evaluated while
 * it runs. A system whose life-cycle stage is not stated is taken as in use (fail closed: the
 * demanding case; see {@link Vocabulary#stageText}).
 *
 * <p>Derived by {@code derive/annex-a6/system-in-use}. One fact per system.
 *
 * @param aiSystemId the system's id
 */
public record SystemInUse(String aiSystemId) {}
