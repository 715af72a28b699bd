package org.aimsrules.core.catalog;

import java.util.Objects;

/**
 * A requirement that no rule checks, with the reason: the report then lists it as
 * {@code NOT_AUTOMATED} rather than claiming conformity.
 *
 * @param ref requirement reference (an obligation id or a control id)
 * @param reason why it cannot be checked from the model
 */
public record NotAutomated(String ref, String reason) {
  /** Checks the components. */
  public NotAutomated {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(reason, () -> "reason for " + ref);
  }
}
