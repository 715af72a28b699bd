package org.aimsrules.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The immutable result of one evaluation. Its content depends only on the input model, the
 * {@code asOf} date, the options and the catalog version: the same inputs give the same report,
 * byte for byte once written.
 *
 * @param reportVersion version of this report format
 * @param generator name and version of the library that produced it
 * @param catalog id and version of the rule catalog used
 * @param organization name of the evaluated organization
 * @param asOf the evaluation date
 * @param summary verdict and counts
 * @param findings the findings, in a stable order (clause order, then rule, then subject)
 * @param requirements status per sub-clause, obligation and control
 * @param controls view per Annex A control
 * @param waivers what became of each waiver given (empty when none was given)
 * @param baseline the comparison with a baseline report, or {@code null} when none was given
 */
@JsonPropertyOrder({"reportVersion", "generator", "catalog", "organization", "asOf", "summary",
    "findings", "requirements", "controls", "waivers", "baseline"})
public record EvaluationReport(
    String reportVersion,
    String generator,
    String catalog,
    String organization,
    LocalDate asOf,
    Summary summary,
    List<Finding> findings,
    List<RequirementResult> requirements,
    List<ControlResult> controls,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<WaiverResult> waivers,
    @JsonInclude(JsonInclude.Include.NON_NULL) BaselineComparison baseline) {

  /** Current version of the report format. */
  public static final String REPORT_VERSION = "2.1";

  /** Makes the lists immutable. */
  public EvaluationReport {
    findings = List.copyOf(findings);
    requirements = List.copyOf(requirements);
    controls = List.copyOf(controls);
    waivers = List.copyOf(waivers);
  }

  /**
   * Findings raised by one rule.
   *
   * @param ruleId the rule id
   * @return its findings, in report order
   */
  public List<Finding> findingsOf(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * The result for one requirement.
   *
   * @param ref requirement reference, e.g. {@code 9.2.2} or {@code 9.2.2-a}
   * @return the result, if the catalog knows the requirement
   */
  public Optional<RequirementResult> requirement(String ref) {
    return requirements.stream().filter(r -> r.ref().equals(ref)).findFirst();
  }

  /**
   * The view of one Annex A control.
   *
   * @param ref control id
   * @return the view, if the id is a control
   */
  public Optional<ControlResult> control(String ref) {
    return controls.stream().filter(c -> c.ref().equals(ref)).findFirst();
  }

  /**
   * Whether any finding that counts (not waived) is at least as grave as {@code threshold}.
   *
   * @param threshold the severity threshold
   * @return true when a finding reaches it
   */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> !f.isWaived() && f.severity().atLeast(threshold));
  }

  /**
   * Whether any finding that counts (not waived) and is new against the baseline is at least as
   * grave as {@code threshold}. A systemic or escalated finding is new when a finding it holds is.
   *
   * @param threshold the severity threshold
   * @return true when a new finding reaches it; false when the report has no baseline
   */
  public boolean hasNewFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> !f.isWaived() && f.baseline() == BaselineStatus.NEW
        && f.severity().atLeast(threshold));
  }
}
