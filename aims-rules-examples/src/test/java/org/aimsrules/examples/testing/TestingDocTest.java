package org.aimsrules.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimsrules.test.fixtures.RuleFixtures;
import org.junit.jupiter.api.Test;

/**
 * docs/testing.md shows only code that runs: each of its Java blocks is a tagged region of
 * {@link SamplesComplianceTest}, the failure message it prints is the one the assertion gives, and
 * its fixture example is valid.
 */
class TestingDocTest {
  private static final Path DOC = Path.of("../docs/testing.md");
  private static final Path SOURCE =
      Path.of("src/test/java/org/aimsrules/examples/testing/SamplesComplianceTest.java");
  private static final Pattern BLOCK =
      Pattern.compile("(?m)^<!-- (snippet|message): ([a-z-]+) -->\\n```(\\w+)\\n(.*?)\\n```$", Pattern.DOTALL);

  @Test
  void everyJavaBlockIsATaggedRegionOfATestThatRuns() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Map<String, String> regions = regions(Files.readString(SOURCE, StandardCharsets.UTF_8));
    Map<String, String> shown = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(doc);
    while (m.find()) {
      if (m.group(1).equals("snippet")) {
        assertThat(m.group(3)).as("block of snippet %s", m.group(2)).isEqualTo("java");
        shown.put(m.group(2), m.group(4));
      }
    }
    long javaBlocks = Pattern.compile("(?m)^```java$").matcher(doc).results().count();
    assertThat(shown).as("every ```java block is preceded by <!-- snippet: name -->")
        .hasSize((int) javaBlocks);
    shown.forEach((name, code) ->
        assertThat(code).as("snippet %s of docs/testing.md", name).isEqualTo(regions.get(name)));
  }

  @Test
  void theFailureMessageShownIsTheOneTheAssertionGives() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(doc);
    List<String> messages = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).equals("message") && m.group(2).equals("bank")) {
        messages.add(m.group(4));
      }
    }
    assertThat(messages).containsExactly(AimsEvaluationExtensionTest.BANK_MESSAGE.substring(1));
  }

  @Test
  void theFixtureFailureShownIsTheOneTheHarnessGives() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(doc);
    List<String> messages = new ArrayList<>();
    while (m.find()) {
      if (m.group(1).equals("message") && m.group(2).equals("fixture")) {
        messages.add(m.group(4));
      }
    }
    assertThat(messages).containsExactly(RuleFixtureHarnessTest.WRONG_CASE_MESSAGE);
  }

  @Test
  void theExampleFixturesAndTheSchemaInTheDocsAreValid() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(mapper.readTree(RuleFixtures.schema()));
    Path dir = Path.of("src/test/resources/org/aimsrules/examples/testing/fixtures");
    assertThat(schema.validate(mapper.readTree(dir.resolve("clause-6.json").toFile()))).isEmpty();
    assertThat(Files.readString(Path.of("../docs/rule-fixtures-1.0.schema.json")))
        .isEqualTo(RuleFixtures.schema());
    assertThat(dir.resolve("baseline.json")).as("the example's baseline is the insurer sample")
        .hasSameTextualContentAs(
            Path.of("src/main/resources/org/aimsrules/examples/samples/conforming-insurer-deployer.json"));
  }

  /** The tagged regions of a source, each with its common indentation stripped. */
  static Map<String, String> regions(String source) {
    Map<String, String> regions = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?ms)^[ \\t]*// tag::([a-z-]+)\\[\\]\\n(.*?)^[ \\t]*// end::\\1\\[\\]$")
        .matcher(source);
    while (m.find()) {
      List<String> lines = List.of(m.group(2).split("\n", -1));
      lines = lines.subList(0, lines.size() - 1);
      int indent = lines.stream().filter(l -> !l.isBlank())
          .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
      regions.put(m.group(1), String.join("\n",
          lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList()));
    }
    return regions;
  }
}
