package org.aimsrules.examples;

import static org.aimsrules.examples.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aimsrules.examples.CliTest.Run;
import org.aimsrules.examples.cli.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's report options: formats, --output, --waivers and --baseline with
 * --fail-on-new, on the start-up sample and the waivers example of docs/report.md.
 */
class ReportOptionsCliTest {
  /** The waivers example the documentation shows. */
  static final Path WAIVERS = Path.of("../docs/examples/startup-waivers.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void formatsListsEveryRegisteredWriterAndEvaluateRejectsAnUnknownOne() {
    Run formats = run("formats");
    assertThat(formats.code()).isZero();
    assertThat(formats.out().lines().map(l -> l.split(" +")[0]))
        .containsExactly("text", "json", "sarif", "oscal-ar", "junit", "markdown", "html");
    Run bad = run("evaluate", "--format", "pdf");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).startsWith("aims-rules: --format must be one of text, json, sarif, "
        + "oscal-ar, junit, markdown, html, not 'pdf'");
  }

  @Test
  void outputWritesTheReportToAFileAndNothingToStandardOutput() throws IOException {
    Path file = dir.resolve("report.json");
    Run r = run("evaluate", "--format", "json", "--as-of", "2026-06-30", "--output", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(
        run("evaluate", "--format", "json", "--as-of", "2026-06-30").out());
    Run missingDir = run("evaluate", "--output", dir.resolve("no/such/dir.json").toString());
    assertThat(missingDir.code()).isEqualTo(2);
    assertThat(missingDir.err()).contains("--output: no such directory");
  }

  @Test
  void waiversApplyExpireOrMatchNothingAndWaivedFindingsLeaveTheCounts() throws IOException {
    JsonNode plain = MAPPER.readTree(run("evaluate", "--format", "json", "--as-of", "2026-06-30").out());
    Run r = run("evaluate", "--format", "json", "--as-of", "2026-06-30", "--waivers",
        WAIVERS.toString());
    assertThat(r.code()).isZero();
    JsonNode report = MAPPER.readTree(r.out());
    assertThat(report.at("/summary/waived").asInt()).isEqualTo(2);
    assertThat(report.at("/summary/counts/MINOR").asInt())
        .isEqualTo(plain.at("/summary/counts/MINOR").asInt() - 1);
    assertThat(report.at("/summary/counts/OBSERVATION").asInt())
        .isEqualTo(plain.at("/summary/counts/OBSERVATION").asInt() - 1);
    List<String> statuses = new ArrayList<>();
    report.path("waivers").forEach(w -> statuses.add(w.path("waiver").path("ruleId").asText()
        + " " + w.path("status").asText() + " " + w.path("findings")));
    assertThat(statuses).containsExactly(
        "4.3/ai-system-outside-scope APPLIED [\"847f2053864762cf\"]",
        "8.1/process-without-criteria APPLIED [\"678779deb4a66023\"]",
        "6.2/objective-not-measurable EXPIRED [\"273b84d29f6404bd\"]",
        "7.5.2/document-format-not-defined UNMATCHED ");
    JsonNode waived = null;
    for (JsonNode f : report.path("findings")) {
      if (f.path("id").asText().equals("678779deb4a66023")) {
        waived = f;
      }
    }
    assertThat(waived).isNotNull();
    assertThat(waived.at("/waiver/approvedBy").asText()).isEqualTo("AIMS owner");
    assertThat(waived.path("ruleId").asText()).isEqualTo("8.1/process-without-criteria");
    assertThat(waived.path("severity").asText()).isEqualTo("MINOR");

    Run text = run("evaluate", "--as-of", "2026-06-30", "--waivers", WAIVERS.toString());
    assertThat(text.out()).contains("waived");
  }

  @Test
  void aWaiversFileWithAnUnknownRuleIsBadInputListingEveryProblem() throws IOException {
    Path file = dir.resolve("waivers.json");
    Files.writeString(file, "{\"waivers\": [{\"ruleId\": \"9.9/nope\", \"entityId\": \"x\","
        + " \"justification\": \"j\", \"approvedBy\": \"b\", \"approvedOn\": \"2026-01-01\","
        + " \"expiresOn\": \"2025-01-01\"}]}");
    Run r = run("evaluate", "--waivers", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("aims-rules: the waivers file " + file + " is not valid (2 problems):\n"
        + "  /waivers/0/ruleId: no rule '9.9/nope' in catalog iso42001 0.1.0-SNAPSHOT\n"
        + "  /waivers/0/expiresOn: expires before it is approved (2026-01-01)\n");
  }

  @Test
  void aBaselineMarksNewAndFixedFindingsAndFailOnNewFailsOnlyOnNewOnes() throws IOException {
    Path before = dir.resolve("before.json");
    assertThat(run("evaluate", "--format", "json", "--as-of", "2026-06-30", "--output",
        before.toString()).code()).isZero();

    Run same = run("evaluate", "--format", "json", "--as-of", "2026-06-30", "--baseline",
        before.toString(), "--fail-on-new", "minor");
    assertThat(same.code()).isZero();
    JsonNode unchanged = MAPPER.readTree(same.out());
    assertThat(unchanged.at("/baseline/newFindings").asInt()).isZero();
    assertThat(unchanged.at("/baseline/fixed")).isEmpty();

    // The model edited: the requirement 'req-no-training' decided and justified (two findings
    // fixed), the AI policy removed (new findings).
    JsonNode model;
    try (InputStream in = Samples.open("startup-beginning-aims")) {
      model = MAPPER.readTree(in);
    }
    for (JsonNode req : model.path("interestedParties")) {
      for (JsonNode pr : req.path("requirements")) {
        if (pr.path("id").asText().equals("req-no-training")) {
          ((ObjectNode) pr).put("addressedThroughAims", false);
          ((ObjectNode) pr).put("rationale", "Handled by the supplier contract, outside the AIMS.");
        }
      }
    }
    ((ObjectNode) model).remove("aiPolicy");
    Path edited = dir.resolve("edited.json");
    MAPPER.writeValue(edited.toFile(), model);

    Run r = run("evaluate", edited.toString(), "--format", "json", "--as-of", "2026-06-30",
        "--baseline", before.toString(), "--fail-on-new", "major");
    JsonNode after = MAPPER.readTree(r.out());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    List<String> fixed = new ArrayList<>();
    after.at("/baseline/fixed").forEach(f -> fixed.add(f.path("ruleId").asText()));
    assertThat(fixed).contains("4.2/requirement-decision-missing");
    List<String> fresh = new ArrayList<>();
    after.path("findings").forEach(f -> {
      if (f.path("baseline").asText().equals("NEW")) {
        fresh.add(f.path("ruleId").asText() + " " + f.path("severity").asText());
      }
    });
    assertThat(fresh).contains("5.2/policy-missing MAJOR");
    assertThat(after.at("/baseline/newFindings").asInt()).isPositive();

    Run noBaseline = run("evaluate", "--fail-on-new", "major");
    assertThat(noBaseline.code()).isEqualTo(2);
    assertThat(noBaseline.err()).startsWith("aims-rules: --fail-on-new needs --baseline");
  }
}
