package org.aimsrules.test;

import java.util.List;
import java.util.stream.Collectors;
import org.aimsrules.core.format.OutputSafety;
import org.aimsrules.core.report.Finding;

/** How failure messages show findings: one line each, every model string made inert. */
final class Render {
  /** At most this many findings are listed when a message shows "what there was". */
  static final int CONTEXT_LIMIT = 50;

  private Render() {}

  /**
   * A model string for a message: on one line, every unsafe character escaped.
   *
   * @param s a string, or {@code null}
   * @return the visible string
   */
  static String safe(String s) {
    return OutputSafety.terminal(s);
  }

  /** A model string as a sentence: made inert, ending with a full stop unless it ends a sentence. */
  private static String sentence(String s) {
    String safe = safe(s).strip();
    return safe.isEmpty() || safe.endsWith(".") || safe.endsWith("!") || safe.endsWith("?") ? safe
        : safe + ".";
  }

  /**
   * One finding on one line: severity, rule, subject, entity, message and recommended actions.
   *
   * @param f a finding
   * @return the line, without indentation
   */
  static String finding(Finding f) {
    StringBuilder b = new StringBuilder();
    b.append(f.severity()).append(' ').append(safe(f.ruleId())).append(" at ").append(safe(f.subject()));
    if (f.entityId() != null) {
      b.append(" [").append(safe(f.entityId())).append(']');
    }
    b.append(": ").append(f.message() == null ? safe(f.title()) : safe(f.message()));
    if (!f.recommendedActions().isEmpty()) {
      b.append(" Actions: ").append(f.recommendedActions().stream().map(Render::sentence)
          .collect(Collectors.joining(" ")));
    }
    if (f.isWaived()) {
      b.append(" (waived)");
    }
    return b.toString();
  }

  /**
   * Findings one per line, each line indented and bulleted.
   *
   * @param findings the findings
   * @return the lines, each starting with a line break; {@code " (none)"} for none
   */
  static String findings(List<Finding> findings) {
    return findings(findings, Integer.MAX_VALUE);
  }

  /**
   * Findings one per line, at most {@code limit} of them.
   *
   * @param findings the findings
   * @param limit the most to list
   * @return the lines, each starting with a line break; {@code " (none)"} for none
   */
  static String findings(List<Finding> findings, int limit) {
    if (findings.isEmpty()) {
      return " (none)";
    }
    StringBuilder b = new StringBuilder();
    findings.stream().limit(limit).forEach(f -> b.append("\n  - ").append(finding(f)));
    if (findings.size() > limit) {
      b.append("\n  ... and ").append(findings.size() - limit).append(" more");
    }
    return b.toString();
  }
}
