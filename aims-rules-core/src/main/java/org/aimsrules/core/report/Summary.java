package org.aimsrules.core.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The headline of a report.
 *
 * @param verdict certification readiness
 * @param verdictReasons why the verdict is what it is
 * @param counts number of findings per severity (every severity present, zero included)
 * @param requirements number of requirements per status (every status present)
 */
@JsonPropertyOrder({"verdict", "verdictReasons", "counts", "requirements"})
public record Summary(Verdict verdict, List<String> verdictReasons, Map<Severity, Integer> counts,
    Map<RequirementStatus, Integer> requirements) {
  /** Makes the collections immutable, keeping enum order. */
  public Summary {
    verdictReasons = List.copyOf(verdictReasons);
    counts = Collections.unmodifiableMap(new EnumMap<>(counts));
    requirements = Collections.unmodifiableMap(new EnumMap<>(requirements));
  }

  /**
   * Number of findings of a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    return counts.getOrDefault(severity, 0);
  }
}
