package org.aimsrules.core.internal.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aimsrules.core.report.Baseline;
import org.aimsrules.core.report.BaselineComparison;
import org.aimsrules.core.report.BaselineStatus;
import org.aimsrules.core.report.Finding;

/**
 * Stage 6: against a baseline, each finding is new or unchanged (a systemic or escalated finding is
 * new when one of the findings it holds is), and the baseline's findings that are gone are fixed.
 * Findings are compared subject by subject ({@link Baseline#leaves}), by id.
 */
public final class BaselineMarking {
  private BaselineMarking() {}

  /**
   * The findings marked, and the comparison.
   *
   * @param findings the marked findings
   * @param comparison the counts and the fixed findings
   */
  public record Marked(List<Finding> findings, BaselineComparison comparison) {}

  /**
   * Marks findings against a baseline.
   *
   * @param findings every finding of the report
   * @param baseline the baseline
   * @return the marked findings and the comparison
   */
  public static Marked mark(List<Finding> findings, Baseline baseline) {
    Set<String> before = new HashSet<>();
    baseline.findings().forEach(e -> before.add(e.id()));
    Set<String> now = new HashSet<>();
    int[] counts = new int[2];
    List<Finding> marked = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      marked.add(mark(f, before, now, counts, f.isWaived()));
    }
    List<Baseline.Entry> fixed = baseline.findings().stream().filter(e -> !now.contains(e.id()))
        .toList();
    return new Marked(marked, new BaselineComparison(baseline.asOf(), counts[0], counts[1], fixed));
  }

  private static Finding mark(Finding f, Set<String> before, Set<String> now, int[] counts,
      boolean waived) {
    if (f.instances().isEmpty() && f.escalates().isEmpty()) {
      now.add(f.id());
      boolean unchanged = before.contains(f.id());
      if (!waived) {
        counts[unchanged ? 1 : 0]++;
      }
      return f.withBaseline(unchanged ? BaselineStatus.UNCHANGED : BaselineStatus.NEW);
    }
    List<Finding> instances = new ArrayList<>();
    List<Finding> escalates = new ArrayList<>();
    boolean anyNew = false;
    for (Finding i : f.instances()) {
      Finding m = mark(i, before, now, counts, waived);
      anyNew |= m.baseline() == BaselineStatus.NEW;
      instances.add(m);
    }
    for (Finding i : f.escalates()) {
      Finding m = mark(i, before, now, counts, waived);
      anyNew |= m.baseline() == BaselineStatus.NEW;
      escalates.add(m);
    }
    return new Finding(f.id(), f.ruleId(), f.requirement(), f.obligations(), f.basis(),
        f.basisRef(), f.isoRequirement(), f.severity(), f.title(), f.subject(), f.entityId(),
        f.identity(), f.message(), f.facts(), f.recommendedActions(), f.references(), escalates,
        instances, f.waiver(), anyNew ? BaselineStatus.NEW : BaselineStatus.UNCHANGED, f.pack());
  }
}
