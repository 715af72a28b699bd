package org.aimsrules.core.rule;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.aimsrules.core.internal.NaturalOrder;

/** Renders fact values for messages, deterministically. */
public final class Render {
  private Render() {}

  /**
   * Joins values in natural identifier order ("A.2.2, A.10.4"; "p-2, p-10") with ", ".
   *
   * @param values values; {@code null} elements are skipped
   * @return the joined text, "none" when empty
   */
  public static String list(Collection<?> values) {
    if (values == null || values.isEmpty()) {
      return "none";
    }
    List<String> items = values.stream().filter(Objects::nonNull).map(String::valueOf).distinct()
        .sorted(NaturalOrder.COMPARATOR).collect(Collectors.toList());
    return items.isEmpty() ? "none" : String.join(", ", items);
  }

  /**
   * Describes when something reviewed at a planned interval was last reviewed: "was last reviewed
   * on 2025-05-01; with a 12-month interval the next review was due on 2026-05-01", or "has never
   * been reviewed (planned interval: 12 months)".
   *
   * @param last date of the last review, or {@code null}
   * @param months planned interval in months
   * @return the phrase, to follow the thing's name
   */
  public static String lastReview(java.time.LocalDate last, int months) {
    if (last == null) {
      return "has never been reviewed (planned interval: " + months + " months)";
    }
    return "was last reviewed on " + last + "; with a " + months
        + "-month interval the next review was due on " + Dates.plusMonths(last, months);
  }
}
