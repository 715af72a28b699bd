package org.aimsrules.core.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aimsrules.core.internal.Fingerprint;
import org.aimsrules.core.report.Finding;

/**
 * Stage 3: one rule's lapse found on two or more subjects becomes one systemic finding that names
 * every subject and holds the finding on each as an instance.
 */
public final class SystemicGrouping {
  /** The identity of a systemic finding: the rule's lapse as a whole. */
  public static final String SYSTEMIC_IDENTITY = "*systemic*";

  private static final Comparator<Finding> WITHIN_GROUP =
      Comparator.comparing(Finding::subject).thenComparing(Finding::id);

  private SystemicGrouping() {}

  /**
   * Groups the findings, reusing the systemic findings of an earlier report of the same session.
   *
   * @param index the catalog
   * @param findings graded findings, in an order that does not change between reports
   * @param memo the earlier report's groups, updated to these ({@code null}: none kept)
   * @return the findings, a rule's lapses on several subjects grouped
   */
  public static List<Finding> group(CatalogIndex index, List<Finding> findings, GroupMemo memo) {
    Map<String, List<Finding>> byRule = new TreeMap<>();
    for (Finding f : findings) {
      byRule.computeIfAbsent(f.ruleId() + "\u0000" + f.severity(), k -> new ArrayList<>()).add(f);
    }
    List<Finding> result = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
      List<Finding> group = e.getValue();
      if (group.size() < 2) {
        result.addAll(group);
      } else {
        result.add(GroupMemo.made(memo, e.getKey(), group, SystemicGrouping::systemic));
      }
    }
    GroupMemo.reportDone(memo);
    return result;
  }

  /** One systemic finding for two or more findings of one rule and severity (sorts the list). */
  private static Finding systemic(List<Finding> group) {
    // One rule and severity: the report order within the group is by subject, then id.
    group.sort(WITHIN_GROUP);
    Finding first = group.get(0);
    List<String> subjects = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    for (Finding f : group) {
      subjects.add(f.entityId() != null ? f.entityId() : f.subject());
      pointers.add(f.subject());
    }
    List<String> distinct = List.copyOf(new LinkedHashSet<>(subjects));
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("occurrences", String.valueOf(group.size()));
    facts.put("subjects", String.join(", ", distinct));
    String message = "The same lapse is found on " + group.size() + " subjects ("
        + String.join(", ", distinct) + "), so it is systemic rather than isolated: "
        + first.title() + ". Each occurrence is listed with its own facts.";
    return new Finding(Fingerprint.of(first.ruleId(), SYSTEMIC_IDENTITY), first.ruleId(),
        first.requirement(), first.obligations(), first.basis(), first.basisRef(),
        first.isoRequirement(), first.severity(), first.title(), commonPointer(pointers), null,
        SYSTEMIC_IDENTITY, message, facts, first.recommendedActions(), first.references(),
        List.of(), group, null, null, first.pack());
  }

  /**
   * The longest JSON Pointer, in whole steps, that begins every one of the pointers: {@code ""} when
   * they share no step (or there are none).
   *
   * @param pointers JSON Pointers
   * @return their common ancestor
   */
  static String commonPointer(List<String> pointers) {
    String common = null;
    for (String pointer : pointers) {
      if (common == null) {
        common = pointer;
        continue;
      }
      int n = 0;
      int max = Math.min(common.length(), pointer.length());
      while (n < max && common.charAt(n) == pointer.charAt(n)) {
        n++;
      }
      boolean stepEnds = (n == common.length() || common.charAt(n) == '/')
          && (n == pointer.length() || pointer.charAt(n) == '/');
      // The characters before n are equal, so a '/' of one before n is a '/' of the other.
      common = common.substring(0, stepEnds ? n : Math.max(0, common.lastIndexOf('/', n - 1)));
    }
    return common == null ? "" : common;
  }
}
