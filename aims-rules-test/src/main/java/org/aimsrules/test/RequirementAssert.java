package org.aimsrules.test;

import java.util.Objects;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the status of one requirement (sub-clause, obligation or control) in a report. A
 * failure shows the status, its reason and the findings raised against the requirement.
 */
public final class RequirementAssert extends AbstractAssert<RequirementAssert, RequirementResult> {
  private final EvaluationReport report;

  /**
   * Assertions on a requirement; use {@link ReportAssert#requirement(String)}.
   *
   * @param actual the requirement's result
   * @param report the report it is part of (to show the findings against it)
   */
  public RequirementAssert(RequirementResult actual, EvaluationReport report) {
    super(actual, RequirementAssert.class);
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Checks the status.
   *
   * @param expected the status
   * @return this assertion
   */
  public RequirementAssert hasStatus(RequirementStatus expected) {
    Objects.requireNonNull(expected, "expected");
    if (actual.status() != expected) {
      throwAssertionError(AimsErrors.of("Expecting requirement " + Render.safe(actual.ref())
          + title(actual.title()) + " to be " + expected + ", but it is " + actual.status()
          + reason(actual.reason()) + "\nFindings against it:"
          + Render.findings(ReportAssert.byIds(report, actual.findings()))));
    }
    return this;
  }

  /**
   * Checks that the requirement is {@link RequirementStatus#CONFORMING}.
   *
   * @return this assertion
   */
  public RequirementAssert isConforming() {
    return hasStatus(RequirementStatus.CONFORMING);
  }

  /**
   * Checks that the requirement is {@link RequirementStatus#NONCONFORMING}.
   *
   * @return this assertion
   */
  public RequirementAssert isNonconforming() {
    return hasStatus(RequirementStatus.NONCONFORMING);
  }

  /**
   * Checks that the requirement is {@link RequirementStatus#NOT_APPLICABLE}.
   *
   * @return this assertion
   */
  public RequirementAssert isNotApplicable() {
    return hasStatus(RequirementStatus.NOT_APPLICABLE);
  }

  /**
   * Checks that the requirement is {@link RequirementStatus#NOT_EVIDENCED}.
   *
   * @return this assertion
   */
  public RequirementAssert isNotEvidenced() {
    return hasStatus(RequirementStatus.NOT_EVIDENCED);
  }

  /**
   * Checks that the requirement is {@link RequirementStatus#NOT_AUTOMATED}.
   *
   * @return this assertion
   */
  public RequirementAssert isNotAutomated() {
    return hasStatus(RequirementStatus.NOT_AUTOMATED);
  }

  /**
   * A title in parentheses, or nothing.
   *
   * @param title a title, or {@code null}
   * @return e.g. {@code " (Internal audit)"}
   */
  static String title(String title) {
    return title == null || title.isEmpty() ? "" : " (" + Render.safe(title) + ")";
  }

  /**
   * A status's reason as the end of a sentence.
   *
   * @param reason a reason, or {@code null}
   * @return {@code "."} or {@code ": <reason>"} ending with a full stop
   */
  static String reason(String reason) {
    if (reason == null || reason.isEmpty()) {
      return ".";
    }
    String r = Render.safe(reason);
    return ": " + r + (r.endsWith(".") ? "" : ".");
  }
}
