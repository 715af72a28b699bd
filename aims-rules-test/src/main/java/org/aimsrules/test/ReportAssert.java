package org.aimsrules.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aimsrules.core.report.ControlResult;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Verdict;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an {@link EvaluationReport}. Failure messages list the findings concerned, one per
 * line: severity, rule, subject, entity, message and recommended actions (every model string made
 * inert with {@link org.aimsrules.core.format.OutputSafety}).
 *
 * <p>Two views of findings: the assertions on what counts ({@link #hasNoNonconformities()},
 * {@link #hasNoFindingsAtOrAbove(Severity)}) look at the report's findings as the summary does, waived
 * findings left out; the assertions on one rule ({@link #hasFinding(String)},
 * {@link #hasNoFinding(String)}) look at every finding the rule raised, waived ones included, on each
 * subject: the instances of a systemic finding and the minors an escalated major stands for count
 * one by one.
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, EvaluationReport> {

  /**
   * Assertions on a report; use {@link AimsAssertions#assertThat(EvaluationReport)}.
   *
   * @param actual the report
   */
  public ReportAssert(EvaluationReport actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Checks the verdict.
   *
   * @param expected the verdict
   * @return this assertion
   */
  public ReportAssert hasVerdict(Verdict expected) {
    isNotNull();
    Verdict verdict = actual.summary().verdict();
    if (verdict != expected) {
      StringBuilder m = new StringBuilder();
      m.append("Expecting ").append(about()).append(" to have the verdict ").append(expected)
          .append(", but it is ").append(verdict).append(".");
      if (!actual.summary().verdictReasons().isEmpty()) {
        m.append("\nWhy:");
        actual.summary().verdictReasons().forEach(r -> m.append("\n  - ").append(Render.safe(r)));
      }
      List<Finding> deciding = byIds(actual.summary().decidingFindings());
      if (!deciding.isEmpty()) {
        m.append("\nDeciding findings:").append(Render.findings(deciding));
      }
      throwAssertionError(AimsErrors.of(m.toString()));
    }
    return this;
  }

  /**
   * Checks that no finding that counts (not waived) is a nonconformity (major or minor).
   *
   * @return this assertion
   */
  public ReportAssert hasNoNonconformities() {
    isNotNull();
    List<Finding> offending = counted().filter(Finding::isNonconformity).toList();
    if (!offending.isEmpty()) {
      throwAssertionError(AimsErrors.of("Expecting " + about() + " to have no nonconformities, but it has "
          + offending.size() + ":" + Render.findings(offending)));
    }
    return this;
  }

  /**
   * Checks that no finding that counts (not waived) is at least as grave as a severity.
   *
   * @param threshold the severity; {@link Severity#OPPORTUNITY} means no finding at all
   * @return this assertion
   */
  public ReportAssert hasNoFindingsAtOrAbove(Severity threshold) {
    isNotNull();
    Objects.requireNonNull(threshold, "threshold");
    List<Finding> offending = counted().filter(f -> f.severity().atLeast(threshold)).toList();
    if (!offending.isEmpty()) {
      throwAssertionError(AimsErrors.of("Expecting " + about() + " to have no findings at or above "
          + threshold + ", but it has " + offending.size() + ":" + Render.findings(offending)));
    }
    return this;
  }

  /**
   * Checks that no finding counts (waived findings aside).
   *
   * @return this assertion
   */
  public ReportAssert hasNoFindings() {
    return hasNoFindingsAtOrAbove(Severity.OPPORTUNITY);
  }

  /**
   * Checks that a rule raised at least one finding, and narrows to its findings: then
   * {@link FindingsAssert#on(String)}, {@link FindingsAssert#at(String)},
   * {@link FindingsAssert#withSeverity(Severity)}...
   *
   * @param ruleId the rule id
   * @return assertions on the rule's findings, one per subject
   */
  public FindingsAssert hasFinding(String ruleId) {
    isNotNull();
    Objects.requireNonNull(ruleId, "ruleId");
    List<Finding> all = leaves(actual.findings());
    List<Finding> ofRule = all.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    if (ofRule.isEmpty()) {
      throwAssertionError(AimsErrors.of("Expecting " + about() + " to have a finding of "
          + Render.safe(ruleId) + ", but it has none. Its findings:"
          + Render.findings(all, Render.CONTEXT_LIMIT)));
    }
    FindingsAssert findings = new FindingsAssert(ofRule, "a finding of " + Render.safe(ruleId));
    if (info.description() != null) {
      findings.as(info.description());
    }
    return findings;
  }

  /**
   * Checks that a rule raised no finding, waived or not.
   *
   * @param ruleId the rule id
   * @return this assertion
   */
  public ReportAssert hasNoFinding(String ruleId) {
    isNotNull();
    Objects.requireNonNull(ruleId, "ruleId");
    List<Finding> ofRule = leaves(actual.findings()).stream()
        .filter(f -> f.ruleId().equals(ruleId)).toList();
    if (!ofRule.isEmpty()) {
      throwAssertionError(AimsErrors.of("Expecting " + about() + " to have no finding of "
          + Render.safe(ruleId) + ", but it has " + ofRule.size() + ":" + Render.findings(ofRule)));
    }
    return this;
  }

  /**
   * Narrows to one requirement (a sub-clause, an obligation or a control), checking that the report
   * has it.
   *
   * @param ref the requirement, e.g. {@code 9.2.2}, {@code 9.2.2-a} or {@code A.6.2.8}
   * @return assertions on its status
   */
  public RequirementAssert requirement(String ref) {
    isNotNull();
    Objects.requireNonNull(ref, "ref");
    Optional<RequirementResult> result = actual.requirement(ref);
    if (result.isEmpty()) {
      throwAssertionError(AimsErrors.of("Expecting " + about() + " to have the requirement "
          + Render.safe(ref) + ", but its catalog has no such requirement."));
    }
    RequirementAssert a = new RequirementAssert(result.get(), actual);
    if (info.description() != null) {
      a.as(info.description());
    }
    return a;
  }

  /**
   * Narrows to one Annex A control in the report's controls view, checking that the report has it.
   *
   * @param ref the control, e.g. {@code A.6.2.8}
   * @return assertions on its applicability, Statement of Applicability entry and status
   */
  public ControlAssert control(String ref) {
    isNotNull();
    Objects.requireNonNull(ref, "ref");
    Optional<ControlResult> result = actual.control(ref);
    if (result.isEmpty()) {
      throwAssertionError(AimsErrors.of("Expecting " + about() + " to have the control "
          + Render.safe(ref) + ", but it has no such control."));
    }
    ControlAssert a = new ControlAssert(result.get(), actual);
    if (info.description() != null) {
      a.as(info.description());
    }
    return a;
  }

  private String about() {
    return about(actual);
  }

  /**
   * How a message names a report: the organization and the date.
   *
   * @param report the report
   * @return e.g. {@code the report on "Acme" as of 2026-06-30}
   */
  static String about(EvaluationReport report) {
    return "the report on \"" + Render.safe(report.organization()) + "\" as of " + report.asOf();
  }

  private Stream<Finding> counted() {
    return actual.findings().stream().filter(f -> !f.isWaived());
  }

  private List<Finding> byIds(List<String> ids) {
    return byIds(actual, ids);
  }

  /**
   * The report's findings with the given ids, in report order.
   *
   * @param report the report
   * @param ids finding ids
   * @return the findings
   */
  static List<Finding> byIds(EvaluationReport report, List<String> ids) {
    return report.findings().stream().filter(f -> ids.contains(f.id())).collect(Collectors.toList());
  }

  /**
   * The findings on each subject: a systemic finding stands for its instances, an escalated major is
   * followed by the minors it stands for.
   *
   * @param findings the report's findings
   * @return the findings, flattened in report order
   */
  static List<Finding> leaves(List<Finding> findings) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.isSystemic()) {
        out.addAll(leaves(f.instances()));
      } else {
        out.add(f);
        out.addAll(leaves(f.escalates()));
      }
    }
    return out;
  }
}
