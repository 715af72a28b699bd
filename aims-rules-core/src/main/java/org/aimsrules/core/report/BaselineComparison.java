package org.aimsrules.core.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The comparison of a report with an earlier one: how many findings are new or unchanged, and the
 * findings of the earlier report that are gone (fixed). Findings are matched by id.
 *
 * @param baselineAsOf the evaluation date of the earlier report
 * @param newFindings number of findings not in the earlier report
 * @param unchangedFindings number of findings also in the earlier report
 * @param fixed the earlier report's findings that this one no longer has, in the earlier order
 */
@JsonPropertyOrder({"baselineAsOf", "newFindings", "unchangedFindings", "fixed"})
public record BaselineComparison(LocalDate baselineAsOf, int newFindings, int unchangedFindings,
    List<FixedFinding> fixed) {

  /** Makes the list immutable. */
  public BaselineComparison {
    fixed = List.copyOf(fixed);
  }

  /**
   * A finding of the earlier report that this one no longer has.
   *
   * @param id its id
   * @param ruleId its rule
   * @param requirement its requirement
   * @param severity its severity then
   * @param subject its JSON Pointer in the earlier model
   * @param message its message then
   */
  @JsonPropertyOrder({"id", "ruleId", "requirement", "severity", "subject", "message"})
  public record FixedFinding(String id, String ruleId, String requirement, Severity severity,
      String subject, String message) {
    /** Checks the mandatory components. */
    public FixedFinding {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(ruleId, "ruleId");
    }
  }
}
