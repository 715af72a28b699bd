package org.aimsrules.catalog.vocabulary;

import org.aimsrules.core.model.AiRole;

/**
 * One of the organization's roles for an AI system (any system of the inventory, in scope or not).
 * Fail closed: the roles the system lists; when it lists none, the organization's AI roles; when the
 * organization states none either, every role that brings obligations (provider, producer and
 * customer), so an unknown role never silences the controls a role would make applicable (4.1
 * reports the undetermined role itself).
 *
 * <p>Derived by {@code derive/system-role-stated}, {@code derive/system-role-from-organization} and
 * {@code derive/system-role-unknown}. One fact per system, role and source. See
 * {@link Vocabulary#systemRoleBasis} for the sentence that explains where the roles come from.
 *
 * @param aiSystemId the system's id
 * @param role the role
 * @param source where the role comes from: {@link #SYSTEM}, {@link #ORGANIZATION} or {@link #UNKNOWN}
 */
public record SystemRole(String aiSystemId, AiRole role, String source) {
  /** Source of a role listed for the system itself. */
  public static final String SYSTEM = "system";
  /** Source of a role taken from the organization's AI roles. */
  public static final String ORGANIZATION = "organization";
  /** Source of a role assumed because neither the system nor the organization states one. */
  public static final String UNKNOWN = "unknown";
}
