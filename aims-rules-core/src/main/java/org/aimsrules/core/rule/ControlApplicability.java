package org.aimsrules.core.rule;

import java.util.Objects;

/**
 * A derived fact: one reason why an Annex A control applies to the organization (or, with
 * {@code aiSystemId}, to one of its AI systems). A control is applicable when at least one such fact
 * exists; the report lists every reason.
 *
 * @param controlId Annex A control id, e.g. {@code A.6.2.8}
 * @param reason a plain-language reason, e.g. "the organization develops AI systems"
 * @param aiSystemId the AI system the reason concerns, or {@code null} for the whole organization
 */
public record ControlApplicability(String controlId, String reason, String aiSystemId) {
  /** Checks the mandatory components. */
  public ControlApplicability {
    Objects.requireNonNull(controlId, "controlId");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * An organization-wide reason.
   *
   * @param controlId Annex A control id
   * @param reason why it applies
   * @return the fact
   */
  public static ControlApplicability of(String controlId, String reason) {
    return new ControlApplicability(controlId, reason, null);
  }
}
