package org.aimsrules.core.internal.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aimsrules.core.catalog.ReadinessGate;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Summary;
import org.aimsrules.core.report.Verdict;

/**
 * Stage 9: the counts and the certification-readiness verdict, with the reasons that name the
 * findings deciding it. Waived findings are counted apart and decide nothing.
 */
public final class Verdicts {
  private Verdicts() {}

  /**
   * Summarizes a report.
   *
   * @param index the catalog (readiness gates)
   * @param findings every finding, in report order
   * @param results the requirement results
   * @return the summary
   */
  public static Summary summarize(CatalogIndex index, List<Finding> findings,
      List<RequirementResult> results) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    Map<Severity, Integer> regulatory = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
      regulatory.put(s, 0);
    }
    int waived = 0;
    List<Finding> counted = new ArrayList<>();
    for (Finding f : findings) {
      if (f.isWaived()) {
        waived++;
        continue;
      }
      counted.add(f);
      counts.merge(f.severity(), 1, Integer::sum);
      if (f.isRegulatory()) {
        regulatory.merge(f.severity(), 1, Integer::sum);
      }
    }
    Map<RequirementStatus, Integer> statuses = new EnumMap<>(RequirementStatus.class);
    for (RequirementStatus s : RequirementStatus.values()) {
      statuses.put(s, 0);
    }
    results.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));

    // label -> ids of the findings (top level) that carry it
    Map<String, Set<String>> stage1 = new LinkedHashMap<>();
    Map<String, Set<String>> stage2 = new LinkedHashMap<>();
    for (Finding f : counted) {
      for (Finding part : f.escalates().isEmpty() ? List.of(f) : f.escalates()) {
        RuleMetadata m = index.rule(part.ruleId());
        if (m == null || !part.isNonconformity()) {
          continue;
        }
        String label = part.requirement() + " " + part.title();
        if (m.readinessGate() == ReadinessGate.STAGE_1) {
          stage1.computeIfAbsent(label, k -> new TreeSet<>()).add(f.id());
        } else if (m.readinessGate() == ReadinessGate.STAGE_2) {
          stage2.computeIfAbsent(label, k -> new TreeSet<>()).add(f.id());
        }
      }
    }
    List<String> notEvidenced = results.stream()
        .filter(r -> r.status() == RequirementStatus.NOT_EVIDENCED).map(RequirementResult::ref)
        .toList();
    List<String> majorIds = counted.stream().filter(f -> f.severity() == Severity.MAJOR)
        .map(Finding::id).toList();
    List<String> why = new ArrayList<>();
    Set<String> deciding = new LinkedHashSet<>();
    Verdict verdict;
    if (!stage1.isEmpty()) {
      verdict = Verdict.NOT_READY;
      why.add("Mandatory documented information is missing or inadequate: " + cite(stage1, deciding)
          + ".");
    } else if (!stage2.isEmpty() || !majorIds.isEmpty()) {
      verdict = Verdict.STAGE_1_READY;
      if (!stage2.isEmpty()) {
        why.add("The internal audit and management review cycle is not evidenced: "
            + cite(stage2, deciding) + ".");
      }
      if (!majorIds.isEmpty()) {
        int majors = majorIds.size();
        deciding.addAll(majorIds);
        why.add(majors + (majors == 1 ? " major nonconformity is" : " major nonconformities are")
            + " open (findings " + String.join(", ", majorIds) + "); a certification body "
            + "verifies their correction before certifying.");
      }
    } else if (!notEvidenced.isEmpty()) {
      verdict = Verdict.STAGE_1_READY;
      why.add(notEvidenced.size() + (notEvidenced.size() == 1 ? " requirement that applies is"
          : " requirements that apply are") + " not evidenced in the model ("
          + String.join(", ", notEvidenced) + "); no nonconformity was found against "
          + (notEvidenced.size() == 1 ? "it" : "them") + ", but an auditor will ask for the "
          + "evidence before stage 2.");
    } else {
      verdict = Verdict.STAGE_2_READY;
      why.add("Mandatory documented information is in place, a completed internal audit and "
          + "management review cycle is evidenced, every applicable requirement that rules check "
          + "is evidenced in the model, and no major nonconformity is open.");
    }
    return new Summary(verdict, why, List.copyOf(deciding), counts, waived, regulatory, statuses);
  }

  private static String cite(Map<String, Set<String>> labels, Set<String> deciding) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : labels.entrySet()) {
      deciding.addAll(e.getValue());
      parts.add(e.getKey() + " (finding " + String.join(", ", e.getValue()) + ")");
    }
    return String.join("; ", parts);
  }
}
