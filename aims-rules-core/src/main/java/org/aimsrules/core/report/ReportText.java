package org.aimsrules.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a report as plain text for a compliance officer: the verdict and why, the counts, then the
 * findings against the standard grouped by clause (or Annex A control objective), each with its
 * message and recommended actions, then the regulatory findings (EU AI Act) in a section of their
 * own, each naming the ISO/IEC 42001 requirement through which it is a nonconformity, if any.
 */
public final class ReportText {
  private static final int WIDTH = 100;

  private ReportText() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return text ending with a newline
   */
  public static String render(EvaluationReport report) {
    StringBuilder out = new StringBuilder();
    Summary s = report.summary();
    out.append("ISO/IEC 42001 evaluation of ").append(report.organization())
        .append(" as of ").append(report.asOf()).append('\n');
    out.append(report.generator()).append(", catalog ").append(report.catalog()).append("\n\n");
    out.append("Verdict: ").append(label(s.verdict())).append('\n');
    for (String why : s.verdictReasons()) {
      wrap(out, why, "  ", "  ");
    }
    out.append("\nFindings: ")
        .append(s.count(Severity.MAJOR)).append(" major, ")
        .append(s.count(Severity.MINOR)).append(" minor, ")
        .append(s.count(Severity.OBSERVATION)).append(" observations, ")
        .append(s.count(Severity.OPPORTUNITY)).append(" opportunities for improvement\n");
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
        groups.computeIfAbsent(group(f.requirement()), k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<String, List<Finding>> g : groups.entrySet()) {
      out.append("\n== ").append(g.getKey()).append(' ').append(groupTitle(g.getKey()))
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
    return out.toString();
  }

  private static void finding(StringBuilder out, Finding f) {
    out.append('\n').append('[').append(f.severity()).append("] ").append(f.requirement())
        .append(' ').append(f.title()).append('\n');
    if (f.isRegulatory()) {
      wrap(out, "(" + f.basisRef() + (f.isoRequirement() != null
          ? "; an ISO/IEC 42001 nonconformity through " + f.isoRequirement()
          : "; not an ISO/IEC 42001 nonconformity") + ")", "  ", "   ");
    }
    wrap(out, f.message(), "  ", "  ");
    out.append("  at ").append(f.subject().isEmpty() ? "(document)" : f.subject())
        .append("   rule ").append(f.ruleId()).append("   id ").append(f.id()).append('\n');
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

  /** "9.2.2" belongs to clause "9"; "A.6.2.8" to objective "A.6". */
  static String group(String ref) {
    String[] parts = ref.split("\\.");
    if (ref.startsWith("A.") && parts.length >= 2) {
      return "A." + parts[1];
    }
    return parts[0];
  }

  private static String groupTitle(String group) {
    return switch (group) {
      case "4" -> "Context of the organization";
      case "5" -> "Leadership";
      case "6" -> "Planning";
      case "7" -> "Support";
      case "8" -> "Operation";
      case "9" -> "Performance evaluation";
      case "10" -> "Improvement";
      case "A.2" -> "Policies related to AI";
      case "A.3" -> "Internal organization";
      case "A.4" -> "Resources for AI systems";
      case "A.5" -> "Assessing impacts of AI systems";
      case "A.6" -> "AI system life cycle";
      case "A.7" -> "Data for AI systems";
      case "A.8" -> "Information for interested parties of AI systems";
      case "A.9" -> "Use of AI systems";
      case "A.10" -> "Third-party and customer relationships";
      default -> "";
    };
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
      line.append(word);
    }
    if (line.length() > 0) {
      out.append(prefix).append(line).append('\n');
    }
  }
}
