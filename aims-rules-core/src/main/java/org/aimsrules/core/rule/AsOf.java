package org.aimsrules.core.rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The evaluation date, inserted as a fact: every rule about time compares against it, never against
 * the wall clock.
 *
 * @param date the date the organization is evaluated as of
 */
public record AsOf(LocalDate date) {
  /** Checks the date. */
  public AsOf {
    Objects.requireNonNull(date, "date");
  }
}
