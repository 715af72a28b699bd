package org.aimsrules.test;

import org.aimsrules.core.report.EvaluationReport;

/**
 * Entry point of the fluent assertions on evaluation reports, in AssertJ's style. Import
 * {@code assertThat} statically beside AssertJ's own; the overloads do not clash.
 *
 * <pre>{@code
 * assertThat(report).hasVerdict(Verdict.STAGE_2_READY).hasNoNonconformities();
 * assertThat(report).hasFinding("10.2/corrective-action-overdue").on("ca-2026-1")
 *     .withSeverity(Severity.MINOR);
 * assertThat(report).requirement("9.2.2").isConforming();
 * assertThat(report).control("A.6.2.8").isApplicable();
 * }</pre>
 */
public final class AimsAssertions {
  private AimsAssertions() {}

  /**
   * Assertions on a report.
   *
   * @param report the report
   * @return its assertions
   */
  public static ReportAssert assertThat(EvaluationReport report) {
    return new ReportAssert(report);
  }
}
