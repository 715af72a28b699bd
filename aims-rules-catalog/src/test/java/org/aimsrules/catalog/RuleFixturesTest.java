package org.aimsrules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aimsrules.catalog.internal.CatalogLoader;
import org.aimsrules.catalog.testing.CatalogFixtures;
import org.aimsrules.test.fixtures.RuleFixtureTests;
import org.aimsrules.test.fixtures.RuleFixtures;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule fixture through the published harness of aims-rules-test
 * ({@link RuleFixtureTests}): patches the baseline, evaluates it, and compares the rule's findings,
 * whole (requirement, severity, subject, entity, message), with the expected ones. Escalation and
 * systemic grouping are off so that each rule's own grading is tested on each subject.
 * {@code -Daims.fixtures=clause-4,annex-a7} runs only those groups.
 */
class RuleFixturesTest {

  @TestFactory
  Stream<DynamicNode> everyRuleFixture() {
    return RuleFixtureTests.forFixtures(CatalogFixtures.FIXTURES).evaluator(Iso42001.evaluator())
        .stream();
  }

  @Test
  void thereIsOneFixtureFilePerRuleGroup() {
    assertThat(CatalogFixtures.FIXTURES.groups())
        .containsExactlyInAnyOrderElementsOf(CatalogLoader.index().ruleGroups());
  }

  @Test
  void everyFixtureFileValidatesAgainstThePublishedSchema() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(mapper.readTree(RuleFixtures.schema()));
    List<String> problems = new ArrayList<>();
    for (String group : CatalogFixtures.FIXTURES.groups()) {
      JsonNode file = mapper.readTree(Files.readAllBytes(CatalogFixtures.FIXTURES.file(group)));
      Set<ValidationMessage> messages = schema.validate(file);
      messages.forEach(m -> problems.add(group + ".json: " + m.getMessage()));
    }
    assertThat(problems).isEmpty();
  }
}
