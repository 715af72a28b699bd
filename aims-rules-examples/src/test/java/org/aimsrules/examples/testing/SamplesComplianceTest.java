package org.aimsrules.examples.testing;

import static org.aimsrules.test.AimsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Verdict;
import org.aimsrules.test.AimsEvaluation;
import org.aimsrules.test.fixtures.RuleFixtureTests;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The four bundled samples asserted with aims-rules-test, as a team asserts its own AIMS. The tagged
 * regions are the code of {@code docs/testing.md} ({@link TestingDocTest} keeps them equal).
 */
class SamplesComplianceTest {

  @Nested
  // tag::class[]
  @AimsEvaluation(
      model = "classpath:org/aimsrules/examples/samples/conforming-logistics-provider.json",
      asOf = "2026-11-30")
  class LogisticsProviderComplianceTest {

    @Test
    void isReadyForStageTwoWithoutNonconformity(EvaluationReport report) {
      assertThat(report).hasVerdict(Verdict.STAGE_2_READY).hasNoNonconformities();
    }

    @Test
    void keepsItsAuditProgrammeAndItsEventLogs(EvaluationReport report) {
      assertThat(report).requirement("9.2.2").isConforming();
      assertThat(report).control("A.6.2.8").isApplicable().isImplemented();
    }

    @Test
    void isLateWithTwoMeasurementsOnly(EvaluationReport report) {
      assertThat(report).hasNoFindingsAtOrAbove(Severity.MINOR);
      assertThat(report).hasFinding("9.1/measurement-overdue").withSeverity(Severity.OBSERVATION)
          .hasSize(2);
    }
  }
  // end::class[]

  @Nested
  @AimsEvaluation(
      model = "classpath:org/aimsrules/examples/samples/conforming-insurer-deployer.json",
      asOf = "2026-11-30")
  class InsurerComplianceTest {

    @Test
    void isReadyForStageTwoWithoutAnyFinding(EvaluationReport report) {
      assertThat(report).hasVerdict(Verdict.STAGE_2_READY).hasNoFindings();
    }

    @Test
    void onlyDeploysPurchasedSystems(EvaluationReport report) {
      assertThat(report).control("A.6.1.2").isNotApplicable();
      assertThat(report).control("A.10.4").isNotApplicable();
      assertThat(report).control("A.6.2.8").isApplicable().isImplemented().isConforming();
    }

    @Test
    void theModelIsInjectedToo(AimsModel model) {
      assertThat(model.organization().name()).isEqualTo("Norvia Versicherung AG");
    }
  }

  @Nested
  @AimsEvaluation(
      model = "classpath:org/aimsrules/examples/samples/bank-high-risk-credit-scoring.json",
      asOf = "2026-11-30")
  class BankComplianceTest {

    @Test
    void hasMinorLapsesButNoMajor(EvaluationReport report) {
      assertThat(report).hasVerdict(Verdict.STAGE_2_READY).hasNoFindingsAtOrAbove(Severity.MAJOR);
      assertThat(report).requirement("10.2").isNonconforming();
    }

    // tag::finding[]
    @Test
    void lateCorrectiveActionIsAMinorNonconformity(EvaluationReport report) {
      assertThat(report).hasFinding("10.2/corrective-action-overdue")
          .on("ca-2026-1")
          .at("/correctiveActions/0/dueDate")
          .withSeverity(Severity.MINOR);
    }
    // end::finding[]

    // tag::method[]
    @Test
    @AimsEvaluation(
        model = "classpath:org/aimsrules/examples/samples/bank-high-risk-credit-scoring.json",
        asOf = "2027-12-02")
    void logRetentionBecomesANonconformityOnceTheActApplies(EvaluationReport report) {
      assertThat(report).hasFinding("A.6.2.8/high-risk-log-retention-under-six-months")
          .on("sys-credit-score").withSeverity(Severity.MINOR);
    }
    // end::method[]

    @Nested
    class AnInnerClassUsesTheOuterAnnotation {
      @Test
      void evaluatesTheBank(EvaluationReport report) {
        assertThat(report.organization()).isEqualTo("Hanseatic Credit Bank AG");
        assertThat(report.asOf()).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
      }
    }
  }

  @Nested
  @AimsEvaluation(
      model = "classpath:org/aimsrules/examples/samples/startup-beginning-aims.json",
      asOf = "2026-11-30")
  class StartUpComplianceTest {

    @Test
    void isNotReadyWithMajorGaps(EvaluationReport report) {
      assertThat(report).hasVerdict(Verdict.NOT_READY);
      assertThat(report).hasFinding("6.1.3/soa-missing").at("/statementOfApplicability")
          .withSeverity(Severity.MAJOR);
      assertThat(report).requirement("9.2.2").isNonconforming();
      assertThat(report).control("A.6.2.8").isApplicable().isNonconforming();
    }

    @Test
    void aMinorThatAnEscalatedMajorStandsForIsStillFoundOnItsSubject(EvaluationReport report) {
      assertThat(report).hasFinding("5.2/policy-not-approved-by-top-management")
          .at("/aiPolicy/approvedBy").withSeverity(Severity.MINOR)
          .withMessage("The AI policy is not approved by a member of top management (approver: none).");
    }
  }

  @Nested
  @AimsEvaluation
  class OneEvaluatorPerPackSetForTheWholeRun {
    private static final AtomicReference<Evaluator> FIRST = new AtomicReference<>();

    @RepeatedTest(2)
    void isShared(Evaluator evaluator) {
      FIRST.compareAndSet(null, evaluator);
      assertThat(evaluator).isSameAs(FIRST.get());
      assertThat(evaluator.catalog().id()).isEqualTo("iso42001");
    }
  }

  // tag::harness[]
  @TestFactory
  Stream<DynamicNode> ruleFixtures() {
    return RuleFixtureTests.forClasspath("org/aimsrules/examples/testing/fixtures")
        .evaluator(Iso42001.evaluator())
        .stream();
  }
  // end::harness[]
}
