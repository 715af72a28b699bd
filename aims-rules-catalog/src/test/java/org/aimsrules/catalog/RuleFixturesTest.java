package org.aimsrules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.aimsrules.catalog.testing.JsonPatch;
import org.aimsrules.catalog.testing.RuleFixtures;
import org.aimsrules.catalog.testing.RuleFixtures.Case;
import org.aimsrules.catalog.testing.RuleFixtures.Expected;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule fixture: patches the baseline, evaluates it, and compares the rule's findings,
 * whole (requirement, severity, subject, entity, message), with the expected ones. Escalation and
 * systemic grouping are off so that each rule's own grading is tested on each subject.
 */
class RuleFixturesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Evaluator EVALUATOR = Iso42001.evaluator();
  private static final AimsModelReader READER = AimsModelReader.create();

  @TestFactory
  Stream<DynamicTest> everyRuleFixture() {
    JsonNode baseline = RuleFixtures.baseline();
    // -Daims.fixtures=clause-4,annex-a7 runs only those groups (handy while writing rules).
    String only = System.getProperty("aims.fixtures", "");
    List<String> groups = only.isBlank() ? List.of() : List.of(only.split(","));
    return RuleFixtures.all().stream()
        .filter(c -> groups.isEmpty() || groups.contains(c.group()))
        .map(c -> DynamicTest.dynamicTest(
        c.ruleId() + " | " + c.name(), () -> check(baseline, c)));
  }

  private static void check(JsonNode baseline, Case c) throws Exception {
    JsonNode document = JsonPatch.apply(baseline, c.patch());
    AimsModel model = READER.read(MAPPER.writeValueAsBytes(document));
    EvaluationReport report = EVALUATOR.evaluate(model,
        EvaluationOptions.builder().asOf(c.asOf()).escalationThreshold(0)
            .systemicFindings(false).build());
    List<Expected> actual = report.findingsOf(c.ruleId()).stream()
        .map(RuleFixturesTest::expected).toList();
    assertThat(actual).as("findings of %s for case '%s'", c.ruleId(), c.name())
        .containsExactlyInAnyOrderElementsOf(c.expect());
  }

  private static Expected expected(Finding f) {
    return new Expected(f.requirement(), f.severity().name(), f.subject(), f.entityId(),
        f.message());
  }
}
