package org.aimsrules.test;

import java.util.Objects;
import org.aimsrules.core.report.ControlResult;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.SoaView;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one Annex A control in a report's controls view: whether the organization's context
 * makes it applicable, what the Statement of Applicability says, and its status.
 */
public final class ControlAssert extends AbstractAssert<ControlAssert, ControlResult> {
  private final EvaluationReport report;

  /**
   * Assertions on a control; use {@link ReportAssert#control(String)}.
   *
   * @param actual the control's view
   * @param report the report it is part of (to show the findings against it)
   */
  public ControlAssert(ControlResult actual, EvaluationReport report) {
    super(actual, ControlAssert.class);
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Checks that the organization's context makes the control applicable.
   *
   * @return this assertion
   */
  public ControlAssert isApplicable() {
    if (!actual.applicable()) {
      throwAssertionError(AimsErrors.of("Expecting control " + name()
          + " to be applicable, but nothing in the organization's context makes it so"
          + RequirementAssert.reason(actual.note()) + "\nStatement of Applicability: " + soa()));
    }
    return this;
  }

  /**
   * Checks that nothing in the organization's context makes the control applicable.
   *
   * @return this assertion
   */
  public ControlAssert isNotApplicable() {
    if (actual.applicable()) {
      StringBuilder m = new StringBuilder("Expecting control " + name()
          + " not to be applicable, but it is. Why:");
      actual.reasons().forEach(r -> m.append("\n  - ").append(Render.safe(r)));
      if (!actual.aiSystemIds().isEmpty()) {
        m.append("\nAI systems: ").append(String.join(", ",
            actual.aiSystemIds().stream().map(Render::safe).toList()));
      }
      throwAssertionError(AimsErrors.of(m.toString()));
    }
    return this;
  }

  /**
   * Checks that the Statement of Applicability includes the control.
   *
   * @return this assertion
   */
  public ControlAssert isIncluded() {
    if (!Boolean.TRUE.equals(actual.soa().included())) {
      throwAssertionError(AimsErrors.of("Expecting control " + name()
          + " to be included in the Statement of Applicability, but it " + soa()));
    }
    return this;
  }

  /**
   * Checks that the Statement of Applicability includes the control with the implementation status
   * {@code IMPLEMENTED}.
   *
   * @return this assertion
   */
  public ControlAssert isImplemented() {
    SoaView soa = actual.soa();
    if (!Boolean.TRUE.equals(soa.included()) || !"IMPLEMENTED".equals(soa.implementationStatus())) {
      throwAssertionError(AimsErrors.of("Expecting control " + name()
          + " to be implemented, but the Statement of Applicability " + soa()));
    }
    return this;
  }

  /**
   * Checks the control's status.
   *
   * @param expected the status
   * @return this assertion
   */
  public ControlAssert hasStatus(RequirementStatus expected) {
    Objects.requireNonNull(expected, "expected");
    if (actual.status() != expected) {
      throwAssertionError(AimsErrors.of("Expecting control " + name() + " to be " + expected
          + ", but it is " + actual.status() + RequirementAssert.reason(actual.note())
          + "\nFindings against it:"
          + Render.findings(ReportAssert.byIds(report, actual.findings()))));
    }
    return this;
  }

  /**
   * Checks that the control is {@link RequirementStatus#CONFORMING}.
   *
   * @return this assertion
   */
  public ControlAssert isConforming() {
    return hasStatus(RequirementStatus.CONFORMING);
  }

  /**
   * Checks that the control is {@link RequirementStatus#NONCONFORMING}.
   *
   * @return this assertion
   */
  public ControlAssert isNonconforming() {
    return hasStatus(RequirementStatus.NONCONFORMING);
  }

  private String name() {
    return Render.safe(actual.ref()) + RequirementAssert.title(actual.title());
  }

  /** What the Statement of Applicability says, as the end of a sentence. */
  private String soa() {
    SoaView soa = actual.soa();
    if (!soa.listed()) {
      return "does not list it.";
    }
    if (!Boolean.TRUE.equals(soa.included())) {
      return "excludes it" + (soa.justification() == null ? "."
          : ": " + Render.safe(soa.justification()));
    }
    return "includes it with the implementation status "
        + (soa.implementationStatus() == null ? "unstated" : Render.safe(soa.implementationStatus()))
        + ".";
  }
}
