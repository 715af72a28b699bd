package com.acme.aims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.engine.PrecompiledRulePack;
import org.aimsrules.test.fixtures.RuleFixtureTests;
import org.aimsrules.test.fixtures.RuleFixtures;
import org.aimsrules.test.fixtures.RuleFixtures.Case;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The pack's fixtures ({@code src/test/resources/fixtures/<group>.json}: the conforming baseline,
 * then per rule the JSON Patch cases with the findings each must raise, whole), run by the
 * published harness of aims-rules-test on an evaluator of the catalog and the pack.
 */
class AcmeFixturesTest {
  private static final RuleFixtures FIXTURES = RuleFixtures.classpath("fixtures");
  // tag::fixtures[]
  private static final Evaluator EVALUATOR = Evaluator.builder()
      .rulePack(Iso42001.rulePack())
      .rulePack(AcmePackProvider.pack())
      .build();

  @TestFactory
  Stream<DynamicNode> everyRuleFixture() {
    return RuleFixtureTests.forFixtures(FIXTURES).evaluator(EVALUATOR).stream();
  }
  // end::fixtures[]

  @Test
  void oneFixtureFilePerRuleGroup() {
    assertThat(FIXTURES.groups()).containsExactlyInAnyOrderElementsOf(
        ((PrecompiledRulePack) AcmePackProvider.pack()).metadata().index().ruleGroups());
  }

  @Test
  void everyRuleHasAFailingAndANearMissCase() {
    List<String> failing = new ArrayList<>();
    List<String> passing = new ArrayList<>();
    for (Case c : FIXTURES.all()) {
      (c.failing() ? failing : passing).add(c.ruleId());
    }
    List<String> ids = AcmePackProvider.pack().catalog().rules().stream().map(RuleMetadata::id)
        .toList();
    assertThat(failing).containsAll(ids);
    assertThat(passing).containsAll(ids);
  }

  @Test
  void everyFixtureFileValidatesAgainstThePublishedSchema() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(mapper.readTree(RuleFixtures.schema()));
    for (String group : FIXTURES.groups()) {
      JsonNode file = mapper.readTree(Files.readAllBytes(FIXTURES.file(group)));
      assertThat(schema.validate(file)).as(group).isEmpty();
    }
  }
}
