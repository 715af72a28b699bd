package com.acme.aims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The pack's fixtures ({@code src/test/resources/fixtures/<group>.json}, the catalog's fixture
 * format): each case patches the conforming baseline and lists, whole, the findings its rule must
 * raise. Escalation and systemic grouping are off, as in the catalog's fixture tests, so that each
 * rule's own grading is tested on each subject.
 */
class AcmeFixturesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 30);
  private static final Evaluator EVALUATOR = Evaluator.builder()
      .rulePack(Iso42001.rulePack()).rulePack(AcmePackProvider.pack()).build();

  /** The pack's rule groups, as its catalog.json lists them. */
  private static final List<String> GROUPS =
      ((org.aimsrules.core.engine.PrecompiledRulePack) AcmePackProvider.pack()).metadata().index()
          .ruleGroups();

  /** An expected finding of a case. */
  record Expected(String requirement, String severity, String subject, String entityId,
      String message) {}

  @TestFactory
  Stream<DynamicTest> everyRuleFixture() {
    JsonNode baseline = read("/fixtures/baseline.json");
    List<DynamicTest> tests = new ArrayList<>();
    for (String group : GROUPS) {
      JsonNode root = read("/fixtures/" + group + ".json");
      for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rules").fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> rule = it.next();
        for (JsonNode c : rule.getValue()) {
          tests.add(DynamicTest.dynamicTest(rule.getKey() + " | " + c.path("case").asText(),
              () -> check(baseline, rule.getKey(), c)));
        }
      }
    }
    return tests.stream();
  }

  @Test
  void everyRuleHasAFailingAndAPassingCase() {
    List<String> failing = new ArrayList<>();
    List<String> passing = new ArrayList<>();
    for (String group : GROUPS) {
      read("/fixtures/" + group + ".json").path("rules").fields().forEachRemaining(e -> {
        for (JsonNode c : e.getValue()) {
          (c.path("expect").isEmpty() ? passing : failing).add(e.getKey());
        }
      });
    }
    List<String> ids = AcmePackProvider.pack().catalog().rules().stream().map(r -> r.id()).toList();
    assertThat(failing).containsAll(ids);
    assertThat(passing).containsAll(ids);
  }

  private static void check(JsonNode baseline, String ruleId, JsonNode c) throws IOException {
    JsonNode document = patch(baseline, c.path("patch"));
    LocalDate asOf = c.hasNonNull("asOf") ? LocalDate.parse(c.get("asOf").asText()) : DEFAULT_AS_OF;
    EvaluationReport report = EVALUATOR.evaluate(
        AimsModelReader.create().read(MAPPER.writeValueAsBytes(document)),
        EvaluationOptions.builder().asOf(asOf).escalationThreshold(0).systemicFindings(false)
            .build());
    List<Expected> actual = report.findingsOf(ruleId).stream().map(AcmeFixturesTest::expected)
        .toList();
    List<Expected> expected = new ArrayList<>();
    for (JsonNode e : c.path("expect")) {
      expected.add(MAPPER.treeToValue(e, Expected.class));
    }
    assertThat(actual).as("findings of %s for case '%s'", ruleId, c.path("case").asText())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(report.findingsOf(ruleId)).allSatisfy(f -> assertThat(f.pack()).isEqualTo("acme"));
  }

  private static Expected expected(Finding f) {
    return new Expected(f.requirement(), f.severity().name(), f.subject(), f.entityId(),
        f.message());
  }

  /** Applies JSON Patch (RFC 6902) add, replace and remove operations to a copy of a document. */
  private static JsonNode patch(JsonNode document, JsonNode operations) {
    JsonNode doc = document.deepCopy();
    for (JsonNode op : operations) {
      String path = op.path("path").asText();
      int slash = path.lastIndexOf('/');
      JsonNode parent = doc.at(path.substring(0, slash));
      String key = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      String kind = op.path("op").asText();
      if (parent instanceof ObjectNode o) {
        if (kind.equals("remove")) {
          assertThat(o.remove(key)).as("remove %s", path).isNotNull();
        } else {
          o.set(key, op.get("value"));
        }
      } else if (parent instanceof ArrayNode a) {
        int i = key.equals("-") ? a.size() : Integer.parseInt(key);
        switch (kind) {
          case "remove" -> a.remove(i);
          case "replace" -> a.set(i, op.get("value"));
          default -> a.insert(i, op.get("value"));
        }
      } else {
        throw new AssertionError("no container at " + path);
      }
    }
    return doc;
  }

  private static JsonNode read(String resource) {
    try (InputStream in = AcmeFixturesTest.class.getResourceAsStream(resource)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
