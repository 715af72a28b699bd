package org.aimsrules.core.internal.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
   * (catalog and options do not change in a session). Not thread-safe.
   */
  public static final class Memo {
    private Map<Violation, Entry> entries = new IdentityHashMap<>();
    /** The facts of findings that met another on one subject, as text, by finding (identity). */
    private Map<Finding, String> factsText = new IdentityHashMap<>();
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
    Map<String, Finding> byId = new TreeMap<>();
    Set<String> absent = new HashSet<>();
    Map<Violation, Memo.Entry> kept =
        memo == null ? null : new IdentityHashMap<>(input.violations().size());
    Map<Finding, String> factsText = new IdentityHashMap<>();
    for (Violation v : input.violations()) {
      Memo.Entry earlier = memo == null ? null : memo.entries.get(v);
      Memo.Entry entry;
      if (earlier != null && memo.unchanged(earlier.subject())) {
        entry = earlier;
      } else {
        String subject = subject(v, input);
        String identity = input.locator().identityOf(subject);
        Finding f = earlier != null && earlier.subject().equals(subject)
            && earlier.identity().equals(identity)
            ? earlier.finding() : finding(index, input, v, subject, identity);
        entry = new Memo.Entry(subject, identity,
            subject.isEmpty() || input.locator().holdsValue(subject), f);
      }
      if (kept != null) {
        kept.put(v, entry);
      }
      Finding f = entry.finding();
      // Two activations on one subject are one finding; keep a deterministic one: the one whose
      // facts read first as text (kept from the earlier report, where the finding is reused).
      byId.merge(f.id(), f, (x, y) -> factsText(x, factsText, memo)
          .compareTo(factsText(y, factsText, memo)) <= 0 ? x : y);
      if (!entry.holdsValue()) {
        absent.add(f.id());
      }
    }
    if (memo != null) {
      memo.entries = kept;
      memo.factsText = factsText;
      memo.changed = null;
    }
    return new Graded(new ArrayList<>(byId.values()), absent);
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
