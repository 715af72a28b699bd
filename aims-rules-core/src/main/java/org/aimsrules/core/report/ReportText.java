package org.aimsrules.core.report;

import org.aimsrules.core.engine.RulePack;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.format.OutputSafety;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a report as plain text for a compliance officer: the verdict and why, the counts, then the
 * findings against the standard grouped by clause (or Annex A control objective), each with its
 * message and recommended actions, then the regulatory findings (EU AI Act) in a section of their
 * own, each naming the ISO/IEC 42001 requirement through which it is a nonconformity, if any.
 * Every string that may come from the model is shown with its control, bidirectional and other
 * unsafe characters as visible escapes (&#92;u001b), so nothing a tenant typed can act on a
 * terminal.
 */
public final class ReportText {
  private static final int WIDTH = 100;

  private ReportText() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @param catalog the catalog that produced it (clause and control objective titles)
   * @return text ending with a newline
   */
  public static String render(EvaluationReport report, RuleCatalog catalog) {
    StringBuilder out = new StringBuilder();
    Summary s = report.summary();
    out.append("ISO/IEC 42001 evaluation of ").append(safe(report.organization()))
        .append(" as of ").append(report.asOf()).append('\n');
    out.append(safe(report.generator())).append(", catalog ").append(safe(report.catalog()))
        .append("\n\n");
    out.append("Verdict: ").append(label(s.verdict())).append('\n');
    for (String why : s.verdictReasons()) {
      wrap(out, why, "  ", "  ");
    }
    out.append("\nFindings: ")
        .append(s.count(Severity.MAJOR)).append(" major, ")
        .append(s.count(Severity.MINOR)).append(" minor, ")
        .append(s.count(Severity.OBSERVATION)).append(" observations, ")
        .append(s.count(Severity.OPPORTUNITY)).append(" opportunities for improvement")
        .append(s.waived() > 0 ? "; " + s.waived() + " waived, not counted" : "").append('\n');
    if (report.baseline() != null) {
      BaselineComparison b = report.baseline();
      out.append("Against the baseline of ").append(b.baselineAsOf()).append(": ")
          .append(b.newFindings()).append(" new, ").append(b.unchangedFindings())
          .append(" unchanged, ").append(b.fixed().size()).append(" fixed\n");
    }
    int regulatory = s.regulatoryCounts().values().stream().mapToInt(Integer::intValue).sum();
    if (regulatory > 0) {
      out.append("  of which regulatory (EU AI Act): ")
          .append(s.regulatoryCounts().get(Severity.MAJOR)).append(" major, ")
          .append(s.regulatoryCounts().get(Severity.MINOR)).append(" minor, ")
          .append(s.regulatoryCounts().get(Severity.OBSERVATION)).append(" observations, ")
          .append(s.regulatoryCounts().get(Severity.OPPORTUNITY))
          .append(" opportunities for improvement\n");
    }
    Map<RequirementStatus, Integer> r = s.requirements();
    out.append("Requirements: ")
        .append(r.get(RequirementStatus.CONFORMING)).append(" conforming, ")
        .append(r.get(RequirementStatus.NONCONFORMING)).append(" nonconforming, ")
        .append(r.get(RequirementStatus.NOT_EVIDENCED)).append(" not evidenced in the model, ")
        .append(r.get(RequirementStatus.NOT_APPLICABLE)).append(" not applicable, ")
        .append(r.get(RequirementStatus.NOT_AUTOMATED)).append(" for the auditor to check by hand\n");

    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    List<Finding> regulatoryFindings = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.isRegulatory()) {
        regulatoryFindings.add(f);
      } else {
        groups.computeIfAbsent(RuleCatalog.groupOf(f.requirement()), k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<String, List<Finding>> g : groups.entrySet()) {
      out.append("\n== ").append(safe(g.getKey())).append(' ')
          .append(safe(catalog.groupTitle(g.getKey())))
          .append(" ==\n");
      for (Finding f : g.getValue()) {
        finding(out, f);
      }
    }
    if (!regulatoryFindings.isEmpty()) {
      out.append("\n== Regulatory findings (EU AI Act) ==\n");
      for (Finding f : regulatoryFindings) {
        finding(out, f);
      }
    }
    if (report.findings().isEmpty()) {
      out.append("\nNo findings.\n");
    }
    if (report.baseline() != null && !report.baseline().fixed().isEmpty()) {
      out.append("\n== Fixed since the baseline ==\n");
      for (Baseline.Entry e : report.baseline().fixed()) {
        wrap(out, "[" + e.severity() + "] " + e.requirement() + " " + e.message() + " (rule "
            + e.ruleId() + ", id " + e.id() + ")", "  ", "    ");
      }
    }
    List<WaiverResult> notApplied = report.waivers().stream()
        .filter(w -> w.status() != WaiverResult.Status.APPLIED).toList();
    if (!notApplied.isEmpty()) {
      out.append("\n== Waivers that did not apply ==\n");
      for (WaiverResult w : notApplied) {
        Waiver v = w.waiver();
        String what = v.ruleId() + (v.findingId() != null ? " finding " + v.findingId()
            : " on " + v.entityId());
        wrap(out, (w.status() == WaiverResult.Status.EXPIRED
            ? "EXPIRED (in force " + v.approvedOn() + " to " + v.expiresOn() + "): "
            : "MATCHES NO FINDING: ") + what, "  ", "    ");
      }
    }
    return out.toString();
  }

  private static void finding(StringBuilder out, Finding f) {
    out.append('\n').append('[').append(f.severity()).append("] ").append(safe(f.requirement()))
        .append(' ').append(safe(f.title()))
        .append(f.baseline() == BaselineStatus.NEW ? "  (new)" : "").append('\n');
    if (f.isWaived()) {
      wrap(out, "WAIVED until " + f.waiver().expiresOn() + ", approved by "
          + f.waiver().approvedBy() + " on " + f.waiver().approvedOn() + ": "
          + f.waiver().justification(), "  ", "  ");
    }
    if (f.isRegulatory()) {
      wrap(out, "(" + f.basisRef() + (f.isoRequirement() != null
          ? "; an ISO/IEC 42001 nonconformity through " + f.isoRequirement()
          : "; not an ISO/IEC 42001 nonconformity") + ")", "  ", "   ");
    }
    wrap(out, f.message(), "  ", "  ");
    out.append("  at ").append(f.subject().isEmpty() ? "(document)" : safe(f.subject()))
        .append("   rule ").append(safe(f.ruleId()));
    if (f.pack() != null && !f.pack().equals(RulePack.ISO42001)) {
      out.append("   pack ").append(safe(f.pack()));
    }
    out.append("   id ").append(f.id()).append('\n');
    for (Finding part : f.escalates()) {
      wrap(out, part.requirement() + " " + part.title() + ": " + part.message(), "    - ", "      ");
    }
    for (Finding part : f.instances()) {
      wrap(out, part.message() + " (at " + part.subject() + ")", "    - ", "      ");
    }
    for (String action : f.recommendedActions()) {
      wrap(out, action, "  -> ", "     ");
    }
  }

  private static String label(Verdict v) {
    return switch (v) {
      case NOT_READY -> "NOT READY for certification";
      case STAGE_1_READY -> "READY FOR STAGE 1 (implementation not yet evidenced)";
      case STAGE_2_READY -> "READY FOR STAGE 2";
    };
  }

  /** A string that may come from the model, made safe for a terminal. */
  private static String safe(String s) {
    return OutputSafety.terminal(s);
  }

  private static void wrap(StringBuilder out, String text, String first, String rest) {
    String prefix = first;
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
        out.append(prefix).append(line).append('\n');
        prefix = rest;
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(safe(word));
    }
    if (line.length() > 0) {
      out.append(prefix).append(line).append('\n');
    }
  }
}
