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
 * @param verdictReasons why the verdict is what it is; each reason names the findings that decide it
 * @param decidingFindings ids of the findings that decide the verdict (empty for STAGE_2_READY)
 * @param counts number of findings per severity (every severity present, zero included); waived
 *     findings are not counted
 * @param waived number of waived findings (counted in no severity)
 * @param regulatoryCounts of those, the regulatory findings (basis {@code REGULATION}) per severity
 * @param requirements number of requirements per status (every status present)
 */
@JsonPropertyOrder({"verdict", "verdictReasons", "decidingFindings", "counts", "waived", "regulatoryCounts",
    "requirements"})
public record Summary(Verdict verdict, List<String> verdictReasons, List<String> decidingFindings,
    Map<Severity, Integer> counts, int waived, Map<Severity, Integer> regulatoryCounts,
    Map<RequirementStatus, Integer> requirements) {
  /** Makes the collections immutable, keeping enum order. */
  public Summary {
    verdictReasons = List.copyOf(verdictReasons);
    decidingFindings = List.copyOf(decidingFindings);
    regulatoryCounts = Collections.unmodifiableMap(new EnumMap<>(regulatoryCounts));
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
