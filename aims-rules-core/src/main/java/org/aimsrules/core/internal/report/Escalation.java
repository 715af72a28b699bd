package org.aimsrules.core.internal.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aimsrules.core.catalog.Basis;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.internal.Fingerprint;
import org.aimsrules.core.internal.NaturalOrder;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Reference;
import org.aimsrules.core.report.Severity;

/**
 * Stage 4: distinct minor lapses (different rules) against one requirement, at or above the
 * threshold, become one major that holds them. One rule's lapse on many subjects counts once.
 */
public final class Escalation {
  private Escalation() {}

  /**
   * Escalates repeated minors, reusing the majors of an earlier report of the same session.
   *
   * @param index the catalog (requirement titles)
   * @param findings findings after systemic grouping, in an order that does not change between
   *     reports
   * @param threshold distinct minor lapses that make a major; below 2, nothing escalates
   * @param memo the earlier report's majors, updated to these ({@code null}: none kept)
   * @return the findings, escalated minors replaced by their major
   */
  public static List<Finding> escalate(CatalogIndex index, List<Finding> findings, int threshold,
      GroupMemo memo) {
    if (threshold < 2) {
      return findings;
    }
    Map<String, List<Finding>> minors = new TreeMap<>();
    for (Finding f : findings) {
      if (f.severity() == Severity.MINOR) {
        minors.computeIfAbsent(f.requirement(), k -> new ArrayList<>()).add(f);
      }
    }
    // By identity: the findings are the instances of the list above, and hashing a whole finding
    // (its facts, references, actions) per look-up costs more than the rest of this stage.
    Set<Finding> escalated = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Finding> added = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : minors.entrySet()) {
      List<Finding> group = e.getValue();
      long lapses = group.stream().map(Finding::ruleId).distinct().count();
      if (lapses < threshold) {
        continue;
      }
      escalated.addAll(group);
      added.add(GroupMemo.made(memo, e.getKey(), group, g -> {
        g.sort(index.findingOrder());
        return major(index, e.getKey(), g, lapses, threshold);
      }));
    }
    GroupMemo.reportDone(memo);
    List<Finding> result = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!escalated.contains(f)) {
        result.add(f);
      }
    }
    result.addAll(added);
    return result;
  }

  private static Finding major(CatalogIndex index, String ref, List<Finding> group, long lapses,
      int threshold) {
    Requirement req = index.requirement(ref);
    Set<String> obligations = new TreeSet<>(NaturalOrder.COMPARATOR);
    Set<Reference> refs = new TreeSet<>();
    Set<String> titles = new LinkedHashSet<>();
    for (Finding f : group) {
      obligations.addAll(f.obligations());
      refs.addAll(f.references());
      titles.add(f.title());
    }
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("distinctLapses", String.valueOf(lapses));
    facts.put("threshold", String.valueOf(threshold));
    String title = "Repeated minor nonconformities against " + ref
        + (req == null ? "" : " " + req.title());
    String message = lapses + " distinct minor nonconformities against " + ref
        + (req == null ? "" : " (" + req.title() + ")")
        + " together show that the requirement is not under control: " + String.join("; ", titles)
        + ". A certification auditor grades several distinct lapses against one requirement as "
        + "a breakdown of it, a major.";
    return new Finding(Fingerprint.of(Finding.ESCALATION_RULE_ID, ref), Finding.ESCALATION_RULE_ID,
        ref, List.copyOf(obligations), Basis.REQUIREMENT, ref, null, Severity.MAJOR, title, "", null,
        ref, message, facts, List.of(
            "Analyse the common root cause of the listed minor nonconformities and correct the "
                + "process behind them, not only each instance.",
            "Close each listed finding and verify the corrective action's effectiveness."),
        List.copyOf(refs), group, List.of(), null, null, index.packOf(ref));
  }
}
