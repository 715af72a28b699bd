package org.aimsrules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aimsrules.core.internal.ReportAssemblerTest.ANN;
import static org.aimsrules.core.internal.ReportAssemblerTest.AS_OF;
import static org.aimsrules.core.internal.ReportAssemblerTest.BOB;
import static org.aimsrules.core.internal.ReportAssemblerTest.CATALOG;
import static org.aimsrules.core.internal.ReportAssemblerTest.CY;
import static org.aimsrules.core.internal.ReportAssemblerTest.MODEL;

import java.time.LocalDate;
import java.util.List;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.report.Baseline;
import org.aimsrules.core.report.BaselineComparison;
import org.aimsrules.core.report.BaselineStatus;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Verdict;
import org.aimsrules.core.report.Waiver;
import org.aimsrules.core.report.WaiverResult;
import org.aimsrules.core.rule.Violation;
import org.junit.jupiter.api.Test;

/** Waivers and the baseline comparison, on the synthetic catalog of {@link ReportAssemblerTest}. */
class WaiverBaselineTest {
  private final ReportAssembler assembler = new ReportAssembler(CATALOG, "aims-rules test");

  private EvaluationReport assemble(EvaluationOptions options, List<Violation> violations) {
    FactCollector facts = FactCollector.collect(MODEL);
    return assembler.assemble(MODEL, AS_OF, options, violations, List.of(), List.of(),
        facts::pointerOf, ReportAssemblerTest.ALL_EVIDENCED);
  }

  private static Waiver waiver(String ruleId, String findingId, String entityId, String from,
      String to) {
    return new Waiver(ruleId, findingId, entityId, "accepted risk", "CISO", LocalDate.parse(from),
        LocalDate.parse(to));
  }

  private static final List<Violation> MAJOR = List.of(
      Violation.of("9.2.2/no-internal-audit", ANN).with("what", "a"));

  @Test
  void aWaiverInForceKeepsTheFindingButTakesItOutOfCountsStatusesAndVerdict() {
    EvaluationReport plain = assemble(EvaluationOptions.defaults(), MAJOR);
    Finding f = plain.findings().get(0);
    assertThat(plain.summary().verdict()).isEqualTo(Verdict.STAGE_1_READY);

    Waiver w = waiver(f.ruleId(), f.id(), null, "2026-01-01", "2026-12-31");
    EvaluationReport waived = assemble(EvaluationOptions.builder().waivers(List.of(w)).build(), MAJOR);
    assertThat(waived.findings()).containsExactly(f.withWaiver(w));
    assertThat(waived.summary().counts()).containsEntry(Severity.MAJOR, 0);
    assertThat(waived.summary().waived()).isEqualTo(1);
    assertThat(waived.summary().verdict()).isEqualTo(Verdict.STAGE_2_READY);
    assertThat(waived.requirement("9.2.2").orElseThrow().status())
        .isEqualTo(RequirementStatus.CONFORMING);
    assertThat(waived.requirement("9.2.2").orElseThrow().findings()).containsExactly(f.id());
    assertThat(waived.waivers()).containsExactly(
        new WaiverResult(w, WaiverResult.Status.APPLIED, List.of(f.id())));
  }

  @Test
  void anExpiredWaiverStopsApplyingAndIsReportedAsExpired() {
    Finding f = assemble(EvaluationOptions.defaults(), MAJOR).findings().get(0);
    Waiver expired = waiver(f.ruleId(), f.id(), null, "2025-01-01", "2026-06-29");
    EvaluationReport r = assemble(EvaluationOptions.builder().waivers(List.of(expired)).build(), MAJOR);
    assertThat(r.findings()).containsExactly(f);
    assertThat(r.summary().counts()).containsEntry(Severity.MAJOR, 1);
    assertThat(r.waivers()).containsExactly(
        new WaiverResult(expired, WaiverResult.Status.EXPIRED, List.of(f.id())));
  }

  @Test
  void aWaiverThatMatchesNothingIsReportedAsUnmatched() {
    Waiver stray = waiver("9.2.2/no-internal-audit", "0123456789abcdef", null, "2026-01-01",
        "2026-12-31");
    Waiver otherEntity = waiver("9.2.2/no-internal-audit", null, "p-bob", "2026-01-01",
        "2026-12-31");
    EvaluationReport r = assemble(EvaluationOptions.builder().waivers(List.of(stray, otherEntity))
        .build(), MAJOR);
    assertThat(r.findings()).singleElement().extracting(Finding::waiver).isNull();
    assertThat(r.waivers()).extracting(WaiverResult::status)
        .containsExactly(WaiverResult.Status.UNMATCHED, WaiverResult.Status.UNMATCHED);
  }

  @Test
  void anEntityWaiverTakesItsFindingOutOfASystemicOne() {
    List<Violation> three = List.of(
        Violation.of("7.5.3/doc-not-approved", ANN).with("what", "a"),
        Violation.of("7.5.3/doc-not-approved", BOB).with("what", "b"),
        Violation.of("7.5.3/doc-not-approved", CY).with("what", "c"));
    Waiver bob = waiver("7.5.3/doc-not-approved", null, "p-bob", "2026-01-01", "2026-12-31");
    EvaluationReport r = assemble(EvaluationOptions.builder().waivers(List.of(bob)).build(), three);
    assertThat(r.findings()).hasSize(2);
    Finding systemic = r.findings().stream().filter(Finding::isSystemic).findFirst().orElseThrow();
    assertThat(systemic.instances()).extracting(Finding::entityId).containsExactly("p-ann", "p-cy");
    Finding waived = r.findings().stream().filter(Finding::isWaived).findFirst().orElseThrow();
    assertThat(waived.entityId()).isEqualTo("p-bob");
    assertThat(waived.waiver()).isEqualTo(bob);
    assertThat(r.summary().counts()).containsEntry(Severity.MINOR, 1);
  }

  @Test
  void aBaselineMarksFindingsNewOrUnchangedAndListsTheFixedOnes() {
    EvaluationReport before = assemble(EvaluationOptions.defaults(), List.of(
        Violation.of("7.5.3/doc-not-approved", ANN).with("what", "a"),
        Violation.of("A.7.3/rights-not-cleared", BOB).with("what", "b")));
    EvaluationReport after = assemble(EvaluationOptions.builder().baseline(Baseline.of(before))
        .build(), List.of(
        Violation.of("7.5.3/doc-not-approved", ANN).with("what", "a"),
        Violation.of("7.5.3/doc-not-protected", CY).with("what", "c")));
    Finding fixed = before.findingsOf("A.7.3/rights-not-cleared").get(0);
    assertThat(after.findingsOf("7.5.3/doc-not-approved")).singleElement()
        .extracting(Finding::baseline).isEqualTo(BaselineStatus.UNCHANGED);
    assertThat(after.findingsOf("7.5.3/doc-not-protected")).singleElement()
        .extracting(Finding::baseline).isEqualTo(BaselineStatus.NEW);
    assertThat(after.baseline()).isEqualTo(new BaselineComparison(AS_OF, 1, 1, List.of(
        new Baseline.Entry(fixed.id(), fixed.ruleId(), "A.7.3", Severity.OBSERVATION,
            fixed.subject(), fixed.message()))));
  }

  @Test
  void aBaselineReadFromJsonEqualsTheOneTakenFromTheReport() {
    EvaluationReport before = assemble(EvaluationOptions.builder().escalationThreshold(2).build(),
        List.of(Violation.of("7.5.3/doc-not-approved", ANN).with("what", "a"),
            Violation.of("7.5.3/doc-not-approved", BOB).with("what", "b"),
            Violation.of("7.5.3/doc-not-protected", CY).with("what", "c")));
    byte[] json = org.aimsrules.core.report.ReportJson.toJson(before)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Baseline read = Baseline.read(new java.io.ByteArrayInputStream(json));
    assertThat(read).isEqualTo(Baseline.of(before));
    assertThat(read.findings()).extracting(Baseline.Entry::ruleId).containsExactlyInAnyOrder(
        "7.5.3/doc-not-approved", "7.5.3/doc-not-approved", "7.5.3/doc-not-protected");
  }
}
