package org.aimsrules.core.rule;

import java.util.Objects;

/**
 * A derived fact: a requirement (sub-clause, obligation id or control) does not apply to this
 * organization, with the reason. The report then gives it the status {@code NOT_APPLICABLE} unless
 * a nonconformity was found against it.
 *
 * @param ref requirement reference, e.g. {@code 10.2-d} or {@code A.7.3}
 * @param reason why it does not apply
 */
public record RequirementNotApplicable(String ref, String reason) {
  /** Checks the components. */
  public RequirementNotApplicable {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(reason, "reason");
  }
}
