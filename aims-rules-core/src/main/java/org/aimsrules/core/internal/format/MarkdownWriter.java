package org.aimsrules.core.internal.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.format.SourceDocument;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.Baseline;
import org.aimsrules.core.report.BaselineComparison;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Summary;
import org.aimsrules.core.report.Verdict;
import org.aimsrules.core.report.Waiver;

/**
 * The report as Markdown for a pull-request comment or a CI job summary
 * ({@code $GITHUB_STEP_SUMMARY}): the verdict and its reasons, a table of counts, each major and
 * minor nonconformity in full, and, folded in {@code <details>}, the observations, the
 * opportunities for improvement, the waived findings and the findings fixed since the baseline.
 *
 * <p>The text stays under {@link #MAX_CHARS} characters (GitHub's limit for a comment is 65,536):
 * when the report is longer, the folded sections lose their last entries first, then the
 * nonconformities, and each shortened section says how many more findings the full report has.
 * Model text is escaped ({@link MarkdownText}), so it renders as text and never as a link, an
 * image, HTML or an {@code @} mention; JSON Pointers are shown in code spans, which render
 * literally.
 */
public final class MarkdownWriter extends FormatWriter {
  /** The most characters (UTF-16 units) written; a margin under GitHub's 65,536. */
  public static final int MAX_CHARS = 65_000;
  /** The most characters of verdict reasons written before they are cut. */
  private static final int MAX_REASONS_CHARS = 8_000;

  /** Creates the writer. */
  public MarkdownWriter() {
    super("markdown", "text/markdown; charset=utf-8", "md");
  }

  @Override
  public void write(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      OutputStream output) throws IOException {
    output.write(render(report, catalog, context).getBytes(StandardCharsets.UTF_8));
    output.flush();
  }

  /**
   * Renders a report.
   *
   * @param report the report
   * @param catalog the catalog (requirement titles)
   * @param context source document and documentation links, when known
   * @return the Markdown text, at most {@link #MAX_CHARS} characters, ending with a newline
   */
  public static String render(EvaluationReport report, RuleCatalog catalog, WriteContext context) {
    String head = head(report);
    List<Section> sections = new ArrayList<>();
    for (Severity s : List.of(Severity.MAJOR, Severity.MINOR)) {
      List<String> entries = new ArrayList<>();
      for (Finding f : report.findings()) {
        if (f.severity() == s && !f.isWaived()) {
          entries.add(full(f, catalog, context));
        }
      }
      if (!entries.isEmpty()) {
        String title = s == Severity.MAJOR ? "Major nonconformities" : "Minor nonconformities";
        sections.add(new Section("### " + title + " (" + entries.size() + ")\n\n", "", entries));
      }
    }
    for (Severity s : List.of(Severity.OBSERVATION, Severity.OPPORTUNITY)) {
      List<String> entries = new ArrayList<>();
      for (Finding f : report.findings()) {
        if (f.severity() == s && !f.isWaived()) {
          entries.add(brief(f));
        }
      }
      String title = s == Severity.OBSERVATION ? "Observations" : "Opportunities for improvement";
      folded(sections, title, entries);
    }
    List<String> waived = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.isWaived()) {
        waived.add(waived(f));
      }
    }
    folded(sections, "Waived findings, not counted", waived);
    if (report.baseline() != null) {
      List<String> fixed = new ArrayList<>();
      for (Baseline.Entry f : report.baseline().fixed()) {
        fixed.add(fixed(f));
      }
      folded(sections, "Fixed since the baseline of " + report.baseline().baselineAsOf(), fixed);
    }
    if (report.findings().isEmpty()) {
      head += "No findings.\n\n";
    }
    return fit(head, sections);
  }

  private static void folded(List<Section> sections, String title, List<String> entries) {
    if (!entries.isEmpty()) {
      sections.add(new Section("<details><summary>" + title + " (" + entries.size()
          + ")</summary>\n\n", "\n</details>\n\n", entries));
    }
  }

  /** Keeps as many entries as fit, nonconformities first, each section in its order. */
  private static String fit(String head, List<Section> sections) {
    int reserve = 80; // the "N more findings" line of a shortened section
    int budget = MAX_CHARS - head.length();
    for (Section s : sections) {
      budget -= s.header.length() + s.footer.length() + reserve;
    }
    int[] kept = new int[sections.size()];
    // Sections without a footer are the nonconformities: they get the budget first.
    for (boolean foldedPass : new boolean[] {false, true}) {
      for (int i = 0; i < sections.size(); i++) {
        Section s = sections.get(i);
        if (s.footer.isEmpty() == foldedPass) {
          continue;
        }
        while (kept[i] < s.entries.size() && s.entries.get(kept[i]).length() <= budget) {
          budget -= s.entries.get(kept[i]).length();
          kept[i]++;
        }
      }
    }
    StringBuilder out = new StringBuilder(head);
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      out.append(s.header);
      for (int j = 0; j < kept[i]; j++) {
        out.append(s.entries.get(j));
      }
      int dropped = s.entries.size() - kept[i];
      if (dropped > 0) {
        out.append("\n_").append(dropped).append(dropped == 1 ? " more finding" : " more findings")
            .append(" in the full report._\n\n");
      }
      out.append(s.footer);
    }
    String text = out.toString();
    while (text.endsWith("\n\n")) {
      text = text.substring(0, text.length() - 1);
    }
    // Only a report whose headings alone are too long gets here; cut it, still valid Markdown.
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = MAX_CHARS - 1;
    if (Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    return text.substring(0, cut) + "\n";
  }

  private static String head(EvaluationReport report) {
    Summary s = report.summary();
    StringBuilder out = new StringBuilder();
    out.append("## ISO/IEC 42001: ").append(label(s.verdict())).append("\n\n");
    // The name is the tenant's: at most 200 characters of it, so the head always fits the limit.
    String name = nonNull(report.organization());
    String org = esc(name.length() <= 200 ? name
        : name.substring(0, 200) + "... (" + name.length() + " characters)");
    out.append("**").append(org.isEmpty() ? "Unnamed organization" : org).append("**, as of ")
        .append(report.asOf()).append(", catalog ").append(esc(report.catalog()))
        .append(", ").append(esc(report.generator())).append("\n\n");
    int reasons = 0;
    for (String why : s.verdictReasons()) {
      String line = "- " + esc(why) + "\n";
      if (reasons + line.length() > MAX_REASONS_CHARS) {
        out.append("- (more reasons in the full report)\n");
        break;
      }
      reasons += line.length();
      out.append(line);
    }
    if (!s.verdictReasons().isEmpty()) {
      out.append('\n');
    }
    out.append("| Findings | Count |\n| --- | ---: |\n");
    out.append("| Major nonconformities | ").append(s.count(Severity.MAJOR)).append(" |\n");
    out.append("| Minor nonconformities | ").append(s.count(Severity.MINOR)).append(" |\n");
    out.append("| Observations | ").append(s.count(Severity.OBSERVATION)).append(" |\n");
    out.append("| Opportunities for improvement | ").append(s.count(Severity.OPPORTUNITY))
        .append(" |\n");
    out.append("| Waived (not counted) | ").append(s.waived()).append(" |\n");
    BaselineComparison b = report.baseline();
    if (b != null) {
      out.append("| New since the baseline of ").append(b.baselineAsOf()).append(" | ")
          .append(b.newFindings()).append(" |\n");
      out.append("| Unchanged since the baseline | ").append(b.unchangedFindings()).append(" |\n");
      out.append("| Fixed since the baseline | ").append(b.fixed().size()).append(" |\n");
    }
    out.append('\n');
    return out.toString();
  }

  private static String label(Verdict v) {
    return switch (v) {
      case NOT_READY -> "NOT READY for certification";
      case STAGE_1_READY -> "READY FOR STAGE 1 (implementation not yet evidenced)";
      case STAGE_2_READY -> "READY FOR STAGE 2";
    };
  }

  /** A major or minor finding in full. */
  private static String full(Finding f, RuleCatalog catalog, WriteContext context) {
    StringBuilder out = new StringBuilder();
    out.append("#### ").append(esc(f.requirement() + " " + nonNull(f.title())))
        .append("\n\n");
    out.append(esc(f.message())).append("\n\n");
    String reqTitle = catalog.requirement(f.requirement()).map(Requirement::title).orElse("");
    out.append("- **Requirement:** ")
        .append(esc(f.requirement() + (reqTitle.isEmpty() ? "" : " " + reqTitle)))
        .append('\n');
    if (f.isRegulatory()) {
      out.append("- **Basis:** ").append(esc(f.basisRef()))
          .append(f.isoRequirement() != null
              ? "; an ISO/IEC 42001 nonconformity through "
                  + esc(f.isoRequirement())
              : "").append('\n');
    }
    out.append("- **Rule:** ").append(MarkdownText.code(f.ruleId()));
    context.documentationOf(f.ruleId()).filter(MarkdownWriter::safeLink)
        .ifPresent(href -> out.append(" ([documentation](").append(href).append("))"));
    out.append(", finding ").append(MarkdownText.code(f.id())).append(baseline(f)).append('\n');
    out.append("- **Subject:** ").append(where(f.subject(), context)).append('\n');
    if (!f.instances().isEmpty()) {
      out.append("- **Found on ").append(f.instances().size()).append(" subjects:** ");
      int shown = Math.min(10, f.instances().size());
      for (int i = 0; i < shown; i++) {
        out.append(i == 0 ? "" : ", ").append(MarkdownText.code(f.instances().get(i).subject()));
      }
      if (shown < f.instances().size()) {
        out.append(" and ").append(f.instances().size() - shown).append(" more");
      }
      out.append('\n');
    }
    if (!f.escalates().isEmpty()) {
      out.append("- **Stands for:**\n");
      for (Finding part : f.escalates()) {
        out.append("  - ").append(esc(part.requirement() + " "
            + nonNull(part.title()) + ": " + nonNull(part.message()))).append('\n');
      }
    }
    if (!f.recommendedActions().isEmpty()) {
      out.append("- **Recommended actions:**\n");
      for (String action : f.recommendedActions()) {
        out.append("  - ").append(esc(action)).append('\n');
      }
    }
    return out.append('\n').toString();
  }

  /** An observation or opportunity on one line. */
  private static String brief(Finding f) {
    return "- **" + esc(f.requirement() + " " + nonNull(f.title())) + ":** "
        + esc(f.message()) + " (rule " + MarkdownText.code(f.ruleId())
        + ", subject " + MarkdownText.code(f.subject()) + baseline(f) + ")\n";
  }

  private static String baseline(Finding f) {
    return f.baseline() == null ? "" : ", " + f.baseline().name().toLowerCase(Locale.ROOT);
  }

  private static String waived(Finding f) {
    Waiver w = f.waiver();
    return "- **" + f.severity() + " " + esc(f.requirement() + " "
        + nonNull(f.title())) + ":** " + esc(f.message()) + " (rule "
        + MarkdownText.code(f.ruleId()) + ", subject " + MarkdownText.code(f.subject())
        + baseline(f) + "). Waived until " + w.expiresOn() + ", approved by "
        + esc(w.approvedBy()) + " on " + w.approvedOn() + ": "
        + esc(w.justification()) + "\n";
  }

  private static String fixed(Baseline.Entry f) {
    return "- **" + f.severity() + " " + esc(f.requirement()) + ":** "
        + esc(f.message()) + " (rule " + MarkdownText.code(f.ruleId())
        + ", finding " + MarkdownText.code(f.id()) + ")\n";
  }

  private static String where(String pointer, WriteContext context) {
    StringBuilder out = new StringBuilder(pointer.isEmpty() ? "the whole document"
        : MarkdownText.code(pointer));
    Optional<SourceDocument> source = context.sourceDocument();
    if (source.isPresent()) {
      out.append(" in ").append(MarkdownText.code(source.get().uri()));
      source.get().locate(pointer).ifPresent(p -> out.append(
          OscalAssessmentResultsWriter.isAbsent(source.get(), pointer)
              ? ", absent (its nearest parent is at line " + p.line() + ")"
              : ", line " + p.line()));
    }
    return out.toString();
  }

  /** A documentation address safe to write as a link target as it is. */
  private static boolean safeLink(String href) {
    if (!href.startsWith("https://")) {
      return false;
    }
    for (int i = 0; i < href.length(); i++) {
      char c = href.charAt(i);
      if (c <= ' ' || c >= 0x7f || "()<>[]`\\\"'".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Model text escaped for GitHub: {@link MarkdownText#escape}, and a word joiner after each
   * {@code @} so that the text mentions (notifies) no user or team.
   */
  private static String esc(String text) {
    return MarkdownText.escape(text).replace("@", "@\u2060");
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private record Section(String header, String footer, List<String> entries) {}
}
