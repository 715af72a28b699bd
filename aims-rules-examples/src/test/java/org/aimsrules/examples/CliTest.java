package org.aimsrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aimsrules.examples.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: outputs, exit codes, and problems reported with JSON Pointers. */
public class CliTest {
  /**
   * What a run of the command line printed and returned.
   *
   * @param code the exit code
   * @param out standard output
   * @param err standard error
   */
  public record Run(int code, String out, String err) {}

  @TempDir
  Path dir;

  /**
   * Runs the command line in this JVM.
   *
   * @param args its arguments
   * @return what it printed and returned
   */
  public static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void evaluateWithoutFileUsesTheStartUpSampleAndPrintsTheReportFields() throws IOException {
    Run r = run("evaluate", "--format", "json", "--as-of", "2026-11-30");
    assertThat(r.code()).isZero();
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.path("organization").asText()).isEqualTo("Quillstack Labs GmbH");
    assertThat(report.at("/summary/verdict").asText()).isEqualTo("NOT_READY");
    assertThat(report.at("/summary/counts/MAJOR").asInt()).isPositive();
    JsonNode finding = report.at("/findings/0");
    for (String field : new String[] {"id", "ruleId", "requirement", "severity", "subject", "message",
        "recommendedActions"}) {
      assertThat(finding.has(field)).as(field).isTrue();
    }
    assertThat(report.at("/requirements/0").has("ref")).isTrue();
    assertThat(report.at("/requirements/0").has("status")).isTrue();
    assertThat(report.path("controls")).hasSize(38);
  }

  @Test
  void twoRunsOnTheSameInputAreByteIdentical() {
    Run a = run("evaluate", "--sample", "bank-high-risk-credit-scoring", "--format", "json", "--as-of", "2026-11-30");
    Run b = run("evaluate", "--sample", "bank-high-risk-credit-scoring", "--format", "json", "--as-of", "2026-11-30");
    assertThat(a.out()).isEqualTo(b.out()).isNotEmpty();
  }

  @Test
  void failOnTurnsFindingsIntoExitCodeOne() {
    assertThat(run("evaluate", "--fail-on", "major", "--as-of", "2026-11-30").code()).isEqualTo(Cli.FINDINGS);
    assertThat(run("evaluate", "--sample", "conforming-logistics-provider", "--fail-on", "minor",
        "--as-of", "2026-11-30").code()).isEqualTo(Cli.OK);
  }

  @Test
  void textReportGroupsFindingsByClauseWithActions() {
    Run r = run("evaluate", "--as-of", "2026-11-30");
    assertThat(r.out()).contains("Verdict: NOT READY").contains("== 6 Planning ==")
        .contains("[MAJOR] 6.1.3 No Statement of Applicability").contains("-> ");
  }

  @Test
  void validateReportsMalformedJsonWithLineAndColumn() throws IOException {
    Run r = run("validate", file("bad.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"organization\": {\"name\": \"X\",}\n}").toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("(document) (line 3, column").contains("malformed JSON");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void validateNamesEveryWrongTypeAndDuplicateIdWithItsPointer() throws IOException {
    String json = """
        {"schemaVersion": "1.0", "organization": {"name": "X", "employees": "many"},
         "people": [{"id": "p-1", "name": "A"}, {"id": "p-1", "name": "B"}],
         "aiSystems": [{"id": "s-1", "name": "S", "lifecycleStage": "LIVE", "ownerId": "p-9"}]}
        """;
    Run r = run("validate", file("wrong.json", json).toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err())
        .contains("/organization/employees: expected an integer, found the string \"many\"")
        .contains("/people/1/id: duplicate id 'p-1'; first used at /people/0")
        .contains("/aiSystems/0/lifecycleStage: unknown value 'LIVE'; allowed: INCEPTION")
        .contains("/aiSystems/0/ownerId: refers to unknown Person 'p-9'")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validateAcceptsTheSamples() {
    Path sample = Path.of("src/main/resources/org/aimsrules/examples/samples/bank-high-risk-credit-scoring.json");
    Run r = run("validate", sample.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("valid: ");
  }

  @Test
  void rulesJsonListsEveryRuleWithItsMetadata() throws IOException {
    Run r = run("rules", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode rules = new ObjectMapper().readTree(r.out()).path("rules");
    assertThat(rules.size()).isEqualTo(org.aimsrules.catalog.Iso42001.catalog().rules().size());
    assertThat(r.out()).isEqualTo(run("rules", "--format", "json").out());
    java.util.Set<String> controls = new java.util.TreeSet<>();
    rules.forEach(rule -> {
      if (rule.path("requirement").asText().startsWith("A.")) {
        controls.add(rule.path("requirement").asText());
      }
    });
    assertThat(controls).hasSize(38);
    for (JsonNode rule : rules) {
      assertThat(rule.has("id") && rule.has("requirement") && rule.has("severity") && rule.has("title")
          && rule.path("obligations").isArray()).as(rule.toString()).isTrue();
      // every rule states its basis and what it rests on; guidance is never a nonconformity
      assertThat(rule.path("basis").asText()).as(rule.toString())
          .isIn("REQUIREMENT", "GUIDANCE", "REGULATION");
      assertThat(rule.path("basisRef").asText()).as(rule.toString()).isNotBlank();
      assertThat(rule.path("basisNote").asText()).as(rule.toString()).isNotBlank();
      if (rule.path("basis").asText().equals("GUIDANCE")) {
        assertThat(rule.path("severity").asText()).as(rule.toString())
            .isIn("OBSERVATION", "OPPORTUNITY");
      }
      if (rule.path("basis").asText().equals("REGULATION")
          && rule.path("severity").asText().matches("MAJOR|MINOR")) {
        assertThat(rule.path("isoRequirement").asText()).as(rule.toString()).isNotBlank();
      }
    }
  }

  @Test
  void schemaPrintsTheJsonSchema() throws IOException {
    Run r = run("schema");
    assertThat(new ObjectMapper().readTree(r.out()).path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void usageErrorsExitWithTwoAndNoStackTrace() {
    assertThat(run().code()).isEqualTo(Cli.BAD_INPUT);
    Run unknown = run("evaluate", "--format", "xml");
    assertThat(unknown.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(unknown.err()).contains("--format must be one of text, json, sarif");
    assertThat(run("evaluate", "--as-of", "yesterday").err()).contains("--as-of must be a date");
    assertThat(run("validate", dir.resolve("missing.json").toString()).err()).contains("no such file");
    assertThat(run("frobnicate").err()).contains("unknown command 'frobnicate'");
  }
}
