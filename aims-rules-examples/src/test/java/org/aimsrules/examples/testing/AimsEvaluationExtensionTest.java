package org.aimsrules.examples.testing;

import static org.aimsrules.test.AimsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Severity;
import org.aimsrules.test.AimsAssertions;
import org.aimsrules.test.AimsEvaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * How {@code @AimsEvaluation} behaves: waivers, the failure message of a nonconforming sample, and
 * bad input, which fails the test with the reader's message (run through the JUnit launcher).
 */
class AimsEvaluationExtensionTest {
  static final String BANK = "classpath:org/aimsrules/examples/samples/bank-high-risk-credit-scoring.json";
  private static final String LAUNCHED = "aims.testing.launched";

  /** The message of {@code hasNoNonconformities()} on the bank, as docs/testing.md shows it. */
  static final String BANK_MESSAGE =
      """

      Expecting the report on "Hanseatic Credit Bank AG" as of 2026-11-30 to have no \
      nonconformities, but it has 7:
        - MINOR 5.3/role-not-communicated at /roles/8/communicatedOn [role-model-risk]: The \
      role Model risk officer (assigned on 2026-10-01) has no communication on record on or \
      after its assignment (last communicated: none). Actions: Communicate the role's \
      responsibilities and authorities to its holders and to those who work with them, and \
      record the date (communicatedOn).
        - MINOR 6.2/objective-past-due at /objectives/2/dueDate [obj-energy]: The AI objective \
      obj-energy (Reduce training energy per model) was due on 2026-10-31 and, as of \
      2026-11-30, is neither achieved nor updated (status: AT_RISK). Actions: Evaluate the \
      objective: record it as achieved or missed, and update it with a new plan and due date \
      where it still applies.
        - MINOR 7.2/role-competence-not-determined at /roles/8 [role-model-risk]: The \
      competence needed for the role Model risk officer is not determined. Actions: Determine \
      the competence the role needs and record it as a competence requirement of the role.
        - MINOR 8.2/risk-assessment-before-significant-change at \
      /aiSystems/1/lastSignificantChangeOn [sys-fraud]: The last significant change of Card \
      fraud detection took effect on 2026-07-01; no AI risk assessment covering it was \
      completed on or after that date. Actions: Repeat the AI risk assessment for the changed \
      system and retain the results. Make a risk re-assessment part of the release criteria \
      for significant changes.
        - MINOR 8.4/impact-assessment-before-significant-change at \
      /aiSystems/1/lastSignificantChangeOn [sys-fraud]: The last significant change of Card \
      fraud detection took effect on 2026-07-01; no impact assessment was completed on or \
      after that date. Actions: Repeat the AI system impact assessment for the changed system \
      and retain the results. Make re-assessment a release criterion for significant changes.
        - MINOR 9.3.2/party-changes-not-reviewed at /managementReviews/0/inputs [mr-2026]: The \
      latest management reviews (mr-2026) did not consider changes in the needs and \
      expectations of interested parties. Actions: Put changes in the needs and expectations \
      of interested parties on the agenda of the next management review and record it among \
      its inputs.
        - MINOR 10.2/corrective-action-overdue at /correctiveActions/0/dueDate [ca-2026-1]: \
      Corrective action ca-2026-1 was due on 2026-10-31 and is still open (30 days overdue). \
      Actions: Complete the corrective action or re-plan it with a justified new date \
      approved by its owner's manager.""";

  @Test
  @AimsEvaluation(model = BANK, asOf = "2026-11-30")
  void aNonconformingSampleFailsWithEveryNonconformityListed(EvaluationReport report) {
    assertThatThrownBy(() -> AimsAssertions.assertThat(report).hasNoNonconformities())
        .isInstanceOf(AssertionError.class)
        .hasMessage(BANK_MESSAGE);
  }

  @Test
  @AimsEvaluation(model = BANK, asOf = "2026-11-30",
      waivers = "classpath:org/aimsrules/examples/testing/bank-waivers.json")
  void aWaivedFindingStaysInTheReportButNoLongerCounts(EvaluationReport report) {
    assertThat(report).hasFinding("10.2/corrective-action-overdue").on("ca-2026-1")
        .withSeverity(Severity.MINOR);
    assertThat(report.summary().waived()).isEqualTo(1);
    assertThat(report.summary().count(Severity.MINOR)).isEqualTo(6);
    assertThatThrownBy(() -> assertThat(report).hasFinding("10.2/corrective-action-overdue").notWaived())
        .hasMessageContaining("(waived)");
  }

  @Test
  void anInvalidModelFailsTheTestWithEveryProblemListed() {
    assertThat(failureOf(InvalidModel.class)).isInstanceOf(ParameterResolutionException.class)
        .hasMessage("""
            @AimsEvaluation model classpath:org/aimsrules/examples/testing/invalid-model.json is \
            not a valid AIMS model: 3 problems
              /colour: unknown property 'colour' in AimsModel
              /organization/name: expected a string, found the number 42
              /aiSystems/0: missing required property 'name' of AiSystem""")
        .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
  }

  @Test
  void badInputSaysWhatIsWrong() {
    assertThat(failureOf(MissingResource.class)).hasMessage("@AimsEvaluation model "
        + "classpath:org/aimsrules/examples/testing/nowhere.json: no such class-path resource");
    assertThat(failureOf(UnknownPack.class)).hasMessage("@AimsEvaluation names rule packs that "
        + "are not on the class path: [acme]; available: [iso42001]");
    assertThat(failureOf(BadDate.class)).hasMessage(
        "@AimsEvaluation asOf \"30.11.2026\" is not an ISO date (YYYY-MM-DD)");
    assertThat(failureOf(NoModel.class)).hasMessage(
        "@AimsEvaluation names no model: set model = \"classpath:...\" or a file path");
    assertThat(failureOf(BadWaivers.class)).hasMessageStartingWith("@AimsEvaluation waivers "
        + "classpath:org/aimsrules/examples/testing/invalid-model.json are not a valid waivers file: ");
  }

  /** The one failure of a class run through the launcher. */
  private static Throwable failureOf(Class<?> testClass) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectClass(testClass))
        .configurationParameter(LAUNCHED, "true").build(), listener);
    List<TestExecutionSummary.Failure> failures = listener.getSummary().getFailures();
    assertThat(failures).as("failures of %s", testClass.getSimpleName()).hasSize(1);
    return failures.get(0).getException();
  }

  /** Runs the classes below only when this test launches them, never on their own. */
  static final class OnlyWhenLaunched implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(LAUNCHED).isPresent()
          ? ConditionEvaluationResult.enabled("launched by AimsEvaluationExtensionTest")
          : ConditionEvaluationResult.disabled("run by AimsEvaluationExtensionTest only");
    }
  }

  @ExtendWith(OnlyWhenLaunched.class)
  @AimsEvaluation(model = "classpath:org/aimsrules/examples/testing/invalid-model.json")
  static class InvalidModel {
    @Test
    void evaluate(EvaluationReport report) {}
  }

  @ExtendWith(OnlyWhenLaunched.class)
  @AimsEvaluation(model = "classpath:org/aimsrules/examples/testing/nowhere.json")
  static class MissingResource {
    @Test
    void evaluate(EvaluationReport report) {}
  }

  @ExtendWith(OnlyWhenLaunched.class)
  @AimsEvaluation(model = BANK, packs = "acme")
  static class UnknownPack {
    @Test
    void evaluate(EvaluationReport report) {}
  }

  @ExtendWith(OnlyWhenLaunched.class)
  @AimsEvaluation(model = BANK, asOf = "30.11.2026")
  static class BadDate {
    @Test
    void evaluate(EvaluationReport report) {}
  }

  @ExtendWith(OnlyWhenLaunched.class)
  @AimsEvaluation(packs = "iso42001")
  static class NoModel {
    @Test
    void evaluate(EvaluationReport report) {}
  }

  @ExtendWith(OnlyWhenLaunched.class)
  @AimsEvaluation(model = BANK, asOf = "2026-11-30",
      waivers = "classpath:org/aimsrules/examples/testing/invalid-model.json")
  static class BadWaivers {
    @Test
    void evaluate(EvaluationReport report) {}
  }
}
