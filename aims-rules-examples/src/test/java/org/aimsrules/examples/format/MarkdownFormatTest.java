package org.aimsrules.examples.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.internal.format.MarkdownWriter;
import org.aimsrules.core.report.Baseline;
import org.aimsrules.core.report.BaselineComparison;
import org.aimsrules.core.report.BaselineStatus;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Markdown writer: exact rendering, the samples, hostile text and GitHub's size limit. */
class MarkdownFormatTest {
  private static final WriteContext LINKS =
      new WriteContext(null, id -> "https://example.org/rules#" + id.replace('/', '-'));

  static List<String> samples() {
    return SampleReports.samples();
  }

  /** One major finding (new), one observation (unchanged), one waived minor, one fixed. */
  static EvaluationReport small() {
    Finding major = OscalMarkdownFixtures.finding("a1b2c3d4e5f60718", "5.1/no-leadership-evidence", "5.1",
        Severity.MAJOR, "No evidence of leadership", "/leadership", "There is no evidence (yet).",
        List.of("Record the commitments.", "Review them yearly.")).withBaseline(BaselineStatus.NEW);
    Finding observation = OscalMarkdownFixtures.finding("1111222233334444", "4.1/context-review-overdue",
        "4.1", Severity.OBSERVATION, "Context review overdue", "/context/lastReviewedOn",
        "Never reviewed.", List.of()).withBaseline(BaselineStatus.UNCHANGED);
    Finding minor = OscalMarkdownFixtures.finding("5555666677778888", "5.2/policy-not-communicated", "5.2",
        Severity.MINOR, "Policy not communicated", "/policy", "Not communicated.", List.of());
    minor = minor.withWaiver(OscalMarkdownFixtures.waiver(minor, "Planned for Q3"))
        .withBaseline(BaselineStatus.UNCHANGED);
    BaselineComparison baseline = new BaselineComparison(LocalDate.of(2026, 1, 1), 1, 2,
        List.of(new Baseline.Entry("9999aaaabbbbcccc", "6.2/objectives-missing",
            "6.2", Severity.MAJOR, "/objectives", "No AI objectives.")));
    return OscalMarkdownFixtures.report("Acme AI", List.of(major, observation, minor), List.of(),
        baseline);
  }

  @Test
  void rendersASmallReportExactly() {
    String expected =
        ""
        + "## ISO/IEC 42001: READY FOR STAGE 1 (implementation not yet evidenced)\n"
        + "\n"
        + "**Acme AI**, as of 2026-06-30, catalog iso42001 test, aims\\-rules test\n"
        + "\n"
        + "- Reason with Acme AI\n"
        + "\n"
        + "| Findings | Count |\n"
        + "| --- | ---: |\n"
        + "| Major nonconformities | 1 |\n"
        + "| Minor nonconformities | 0 |\n"
        + "| Observations | 1 |\n"
        + "| Opportunities for improvement | 0 |\n"
        + "| Waived (not counted) | 1 |\n"
        + "| New since the baseline of 2026-01-01 | 1 |\n"
        + "| Unchanged since the baseline | 2 |\n"
        + "| Fixed since the baseline | 1 |\n"
        + "\n"
        + "### Major nonconformities (1)\n"
        + "\n"
        + "#### 5\\.1 No evidence of leadership\n"
        + "\n"
        + "There is no evidence \\(yet\\)\\.\n"
        + "\n"
        + "- **Requirement:** 5\\.1 Leadership and commitment\n"
        + "- **Rule:** `5.1/no-leadership-evidence` ([documentation](https://example.org/rules#5.1-no-leadership-evidence)), finding `a1b2c3d4e5f60718`, new\n"
        + "- **Subject:** `/leadership`\n"
        + "- **Recommended actions:**\n"
        + "  - Record the commitments\\.\n"
        + "  - Review them yearly\\.\n"
        + "\n"
        + "<details><summary>Observations (1)</summary>\n"
        + "\n"
        + "- **4\\.1 Context review overdue:** Never reviewed\\. (rule `4.1/context-review-overdue`, subject `/context/lastReviewedOn`, unchanged)\n"
        + "\n"
        + "</details>\n"
        + "\n"
        + "<details><summary>Waived findings, not counted (1)</summary>\n"
        + "\n"
        + "- **MINOR 5\\.2 Policy not communicated:** Not communicated\\. (rule `5.2/policy-not-communicated`, subject `/policy`, unchanged). Waived until 2026-12-31, approved by CISO on 2026-01-01: Planned for Q3\n"
        + "\n"
        + "</details>\n"
        + "\n"
        + "<details><summary>Fixed since the baseline of 2026-01-01 (1)</summary>\n"
        + "\n"
        + "- **MAJOR 6\\.2:** No AI objectives\\. (rule `6.2/objectives-missing`, finding `9999aaaabbbbcccc`)\n"
        + "\n"
        + "</details>\n";
    assertThat(SampleReports.write("markdown", small(), LINKS)).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleShowsItsVerdictAndEachNonconformity(String sample) {
    EvaluationReport report = SampleReports.report(sample);
    String md = SampleReports.write("markdown", sample);
    String verdict = switch (report.summary().verdict()) {
      case NOT_READY -> "## ISO/IEC 42001: NOT READY for certification";
      case STAGE_1_READY -> "## ISO/IEC 42001: READY FOR STAGE 1";
      case STAGE_2_READY -> "## ISO/IEC 42001: READY FOR STAGE 2";
    };
    assertThat(md).startsWith(verdict).endsWith("\n")
        .hasSizeLessThanOrEqualTo(MarkdownWriter.MAX_CHARS);
    for (Finding f : report.findings()) {
      if (f.isNonconformity() && !f.isWaived()) {
        assertThat(md).contains("finding `" + f.id() + "`");
        assertThat(md).contains("- **Rule:** `" + f.ruleId() + "`");
      }
    }
    assertThat(md).isEqualTo(SampleReports.write("markdown", sample));
  }

  @Test
  void hostileTextStaysInert() {
    EvaluationReport hostile = OscalMarkdownFixtures.hostileCopy(SampleReports.report(
        "startup-beginning-aims"));
    String md = SampleReports.write("markdown", hostile, SampleReports.context(
        "startup-beginning-aims"));
    assertThat(md).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u202c");
    // Code spans render their text literally; outside them nothing may be markup.
    String outside = Pattern.compile("(`+)(?!`).*?(?<!`)\\1(?!`)").matcher(md).replaceAll("");
    String text = outside.replace("<details><summary>", "").replace("</summary>", "")
        .replace("</details>", "");
    String prose = text.replaceAll("\\(\\[documentation\\]\\(https://[^)]*\\)\\)", "");
    assertThat(prose).doesNotContain("<").doesNotContain("](javascript").doesNotContain("![")
        .doesNotContainPattern("(?<!\\\\)://").doesNotContain("www.").doesNotContain("@octocat");
    assertThat(Pattern.compile("(?<!\\\\)\\[").matcher(prose).find()).isFalse();
    assertThat(md).contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt; "
        + "\\[x\\]\\(javascript:alert\\(1\\)\\)");
    // The pointer is shown whole in a code span with a fence longer than its backtick run.
    assertThat(md).contains("``/x/<script>alert(1)</script>");
  }

  @Test
  void aHugeReportStaysUnderGitHubsLimit() {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      Severity s = Severity.values()[i % 4];
      findings.add(OscalMarkdownFixtures.finding(String.format("%016x", i), "5.1/rule-" + i, "5.1", s,
          "Title " + i, "/items/" + i, "Message number " + i + " " + "x".repeat(100),
          List.of("Do something about item " + i + ".")));
    }
    String md = SampleReports.write("markdown", OscalMarkdownFixtures.report("Big", findings, List.of(),
        null), WriteContext.NONE);
    assertThat(md.length()).isLessThanOrEqualTo(65_536);
    assertThat(md).contains("more findings in the full report.");
    // Nonconformities come first: the first major is there, folded entries were cut before it.
    assertThat(md).contains("finding `0000000000000000`")
        .contains("<details><summary>Observations (750)</summary>")
        .doesNotContain("Message number 2998");
    assertThat(md).endsWith("</details>\n");
  }
}
