package org.aimsrules.core.internal.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.internal.Fingerprint;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.rule.Violation;

/**
 * Stage 1: each violation becomes a finding graded with its rule's metadata, located by JSON
 * Pointer and identified by its stable identity; two violations of one rule on one subject are one
 * finding. Also notes which findings' subjects hold nothing in the document (absent evidence).
 */
public final class Grading {
  private Grading() {}

  /**
   * The graded findings and which of them are about an absent place.
   *
   * @param findings the findings, one per rule and subject, sorted by id
   * @param absent ids of the findings whose subject holds no value in the document
   */
  public record Graded(List<Finding> findings, Set<String> absent) {}

  /**
   * The findings graded in an earlier report of a stateful session, by violation (identity): a
   * violation the session still holds, at the same subject and identity, is the same finding
   * (catalog and options do not change in a session). After a change below one place
   * ({@link #changedOnlyBelow}) the next grading starts from the earlier one and grades again only
   * the violations added, gone or placed below that place, and the findings they share an id with.
   * Not thread-safe.
   */
  public static final class Memo {
    private Map<Violation, Entry> entries = new IdentityHashMap<>();
    /** The facts of findings that met another on one subject, as text, by finding (identity). */
    private Map<Finding, String> factsText = new IdentityHashMap<>();
    /** The entries of the earlier grading by finding id, in the order they were graded. */
    private Map<String, List<Entry>> groups;
    /** The earlier grading's findings by id, and the ids of those about an absent place. */
    private TreeMap<String, Finding> byId;
    private Set<String> absentIds;
    private String changed;
    private String changedBelow;

    private record Entry(String subject, String identity, boolean holdsValue, Finding finding) {}

    /**
     * Declares that, since the earlier report, the model changed only below one place, and
     * nowhere else: a record elsewhere sits where it sat and its subtree is as it was. The next
     * grading then takes a violation that the session still holds, with a subject outside that
     * place, from the earlier report without locating its subject again. Holds for that grading
     * only.
     *
     * @param pointer the JSON Pointer below which the model changed (a replaced entity's place)
     */
    public void changedOnlyBelow(String pointer) {
      changed = pointer;
      changedBelow = pointer + "/";
    }

    private boolean unchanged(String subject) {
      return changed != null && !subject.equals(changed) && !subject.startsWith(changedBelow);
    }

    /** Grades only what changed since the earlier grading (see the class comment). */
    private Graded regrade(CatalogIndex index, ReportInput input) {
      Collection<Violation> violations = input.violations();
      List<Violation> touched = new ArrayList<>();
      int same = 0;
      int touchedKnown = 0;
      for (Violation v : violations) {
        Entry e = entries.get(v);
        if (e != null && unchanged(e.subject())) {
          same++;
        } else {
          touched.add(v);
          if (e != null) {
            touchedKnown++;
          }
        }
      }
      Set<String> affected = new HashSet<>();
      if (same + touchedKnown < entries.size()) {
        Set<Violation> now = Collections.newSetFromMap(new IdentityHashMap<>(violations.size()));
        now.addAll(violations);
        for (Iterator<Map.Entry<Violation, Entry>> it = entries.entrySet().iterator();
            it.hasNext(); ) {
          Map.Entry<Violation, Entry> gone = it.next();
          if (!now.contains(gone.getKey())) {
            drop(gone.getValue(), affected);
            it.remove();
          }
        }
      }
      for (Violation v : touched) {
        Entry earlier = entries.get(v);
        Entry entry = entry(index, input, v, earlier);
        if (earlier != null) {
          drop(earlier, affected);
        }
        entries.put(v, entry);
        groups.computeIfAbsent(entry.finding().id(), k -> new ArrayList<>(1)).add(entry);
        affected.add(entry.finding().id());
      }
      for (String id : affected) {
        List<Entry> group = groups.get(id);
        if (group == null || group.isEmpty()) {
          groups.remove(id);
          byId.remove(id);
          absentIds.remove(id);
          continue;
        }
        Map<Finding, String> texts = new IdentityHashMap<>();
        Finding chosen = null;
        boolean absent = false;
        for (Entry e : group) {
          chosen = chosen == null ? e.finding() : first(chosen, e.finding(), texts, this);
          absent |= !e.holdsValue();
        }
        byId.put(id, chosen);
        if (absent) {
          absentIds.add(id);
        } else {
          absentIds.remove(id);
        }
      }
      changed = null;
      return new Graded(new ArrayList<>(byId.values()), new HashSet<>(absentIds));
    }

    private void drop(Entry e, Set<String> affected) {
      String id = e.finding().id();
      List<Entry> group = groups.get(id);
      for (int i = 0; i < group.size(); i++) {
        if (group.get(i) == e) {
          group.remove(i);
          break;
        }
      }
      affected.add(id);
    }
  }

  /**
   * Grades the violations, reusing the findings of an earlier report of the same session.
   *
   * @param index the catalog
   * @param input what the session produced
   * @param memo the session's earlier findings, updated to these ({@code null}: none kept)
   * @return the findings
   */
  public static Graded grade(CatalogIndex index, ReportInput input, Memo memo) {
    if (memo != null && memo.changed != null && memo.byId != null) {
      return memo.regrade(index, input);
    }
    TreeMap<String, Finding> byId = new TreeMap<>();
    Set<String> absent = new HashSet<>();
    Map<Violation, Memo.Entry> kept =
        memo == null ? null : new IdentityHashMap<>(input.violations().size());
    Map<String, List<Memo.Entry>> groups = memo == null ? null : new HashMap<>();
    Map<Finding, String> factsText = new IdentityHashMap<>();
    for (Violation v : input.violations()) {
      Memo.Entry earlier = memo == null ? null : memo.entries.get(v);
      Memo.Entry entry = earlier != null && memo.unchanged(earlier.subject())
          ? earlier : entry(index, input, v, earlier);
      if (kept != null) {
        kept.put(v, entry);
        groups.computeIfAbsent(entry.finding().id(), k -> new ArrayList<>(1)).add(entry);
      }
      Finding f = entry.finding();
      // Two activations on one subject are one finding: keep the one that comes first by its
      // facts as text, then its subject, so that the choice does not depend on the order in which
      // the session returns the violations.
      byId.merge(f.id(), f, (x, y) -> first(x, y, factsText, memo));
      if (!entry.holdsValue()) {
        absent.add(f.id());
      }
    }
    if (memo != null) {
      memo.entries = kept;
      memo.factsText = factsText;
      memo.groups = groups;
      memo.byId = byId;
      memo.absentIds = new HashSet<>(absent);
      memo.changed = null;
    }
    return new Graded(new ArrayList<>(byId.values()), absent);
  }

  /** The violation's entry: the earlier one's finding when subject and identity are the same. */
  private static Memo.Entry entry(CatalogIndex index, ReportInput input, Violation v,
      Memo.Entry earlier) {
    String subject = subject(v, input);
    String identity = input.locator().identityOf(subject);
    Finding f = earlier != null && earlier.subject().equals(subject)
        && earlier.identity().equals(identity)
        ? earlier.finding() : finding(index, input, v, subject, identity);
    return new Memo.Entry(subject, identity,
        subject.isEmpty() || input.locator().holdsValue(subject), f);
  }

  /** Of two findings with one id, the one that comes first by facts as text, then by subject. */
  private static Finding first(Finding x, Finding y, Map<Finding, String> now, Memo memo) {
    int c = factsText(x, now, memo).compareTo(factsText(y, now, memo));
    if (c == 0) {
      c = x.subject().compareTo(y.subject());
    }
    return c <= 0 ? x : y;
  }

  private static String factsText(Finding f, Map<Finding, String> now, Memo memo) {
    String text = now.get(f);
    if (text == null) {
      text = memo == null ? null : memo.factsText.get(f);
      if (text == null) {
        text = f.facts().toString();
      }
      now.put(f, text);
    }
    return text;
  }

  private static String subject(Violation v, ReportInput input) {
    String subject = v.pointer();
    if (subject == null) {
      subject = input.locator().pointerOf(v.subject());
      if (subject == null) {
        subject = "";
      }
    }
    if (v.field() != null) {
      subject = subject + "/" + v.field();
    }
    return subject;
  }

  private static Finding finding(CatalogIndex index, ReportInput input, Violation v,
      String subject, String identity) {
    RuleMetadata m = index.rule(v.ruleId());
    if (m == null) {
      throw new IllegalStateException("rule " + v.ruleId() + " has no metadata in "
          + index.catalog().id());
    }
    Severity severity = m.capped(input.options().severityOverrides().getOrDefault(m.id(), m.severity()));
    String id = Fingerprint.of(m.id(), identity);
    return new Finding(id, m.id(), m.requirement(), m.obligations(), m.basis(), m.basisRef(),
        m.isoRequirement(), severity, m.title(), subject, v.entityId(), identity,
        index.message(m).render(v.facts()), v.facts(), m.recommendedActions(),
        index.references(m.id()), List.of(), List.of(), null, null, index.packOf(m.id()));
  }
}
