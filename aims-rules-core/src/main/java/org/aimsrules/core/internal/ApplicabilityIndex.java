package org.aimsrules.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aimsrules.core.report.ControlResult;
import org.aimsrules.core.rule.ControlApplicability;

/**
 * The control applicability a stateful rule session holds, kept up to date fact by fact, so that a
 * report need not read every applicability fact again (a large organization has thousands: one per
 * control and AI system). It gives {@link ReportAssembler#assemble} one fact per applicable control,
 * which is all the assembler needs besides the reasons and AI systems it lists on each control
 * result, and puts those lists, kept here in the assembler's order, back on the control results.
 * Not thread-safe.
 */
public final class ApplicabilityIndex {
  private final Map<String, Control> controls = new HashMap<>();

  /**
   * The reasons and AI systems of one control, with how many facts state each. A list given out is
   * kept until its keys really change: a change to one AI system retracts its facts and derives
   * them again in one firing, which leaves the keys as they were, and must not cost a copy of every
   * control's list of systems.
   */
  private static final class Control {
    final Keys reasons = new Keys(Comparator.naturalOrder());
    final Keys systems = new Keys(NaturalOrder.COMPARATOR);
    ControlApplicability representative;
  }

  /**
   * Counted keys, and the sorted list of them last given out with the keys that left or came
   * since. Counts are hashed: a change to one AI system retracts and re-derives some forty facts,
   * and each costs a hash look-up rather than a walk down a tree of a thousand systems compared in
   * natural order. The list is mended by binary search where few keys moved, sorted again only
   * when many did (the first report of a session).
   */
  private static final class Keys {
    final Map<String, Integer> counts = new HashMap<>();
    final Comparator<String> order;
    final Set<String> gone = new HashSet<>();
    final Set<String> come = new HashSet<>();
    List<String> list = List.of();

    Keys(Comparator<String> order) {
      this.order = order;
    }

    /** Counts one more fact for the key; true when the key is new. */
    boolean add(String key) {
      if (counts.merge(key, 1, Integer::sum) != 1) {
        return false;
      }
      if (!gone.remove(key)) {
        come.add(key);
      }
      return true;
    }

    /** Counts one fact less for the key; true when the key is gone. */
    boolean remove(String key) {
      if (counts.merge(key, -1, (x, y) -> x + y == 0 ? null : x + y) != null) {
        return false;
      }
      if (!come.remove(key)) {
        gone.add(key);
      }
      return true;
    }

    List<String> list() {
      if (gone.isEmpty() && come.isEmpty()) {
        return list;
      }
      List<String> mended;
      if (come.size() + gone.size() > 8) {
        mended = new ArrayList<>(counts.keySet());
        mended.sort(order);
      } else {
        mended = new ArrayList<>(list);
        for (String key : gone) {
          mended.remove(Collections.binarySearch(mended, key, order));
        }
        for (String key : come) {
          mended.add(-Collections.binarySearch(mended, key, order) - 1, key);
        }
      }
      // An immutable copy: ControlResult copies its lists, and List.copyOf of one is itself.
      list = List.copyOf(mended);
      gone.clear();
      come.clear();
      return list;
    }
  }

  /**
   * Counts a fact the session now holds.
   *
   * @param a the fact
   */
  public void added(ControlApplicability a) {
    Control c = controls.computeIfAbsent(a.controlId(), k -> new Control());
    String reason = org.aimsrules.core.internal.report.ControlsView.sentence(a.reason());
    if (c.reasons.add(reason)) {
      c.representative = null;
    }
    if (a.aiSystemId() != null) {
      c.systems.add(a.aiSystemId());
    }
  }

  /**
   * Forgets a fact the session no longer holds.
   *
   * @param a the fact
   */
  public void removed(ControlApplicability a) {
    Control c = controls.get(a.controlId());
    if (c == null) {
      return;
    }
    String reason = org.aimsrules.core.internal.report.ControlsView.sentence(a.reason());
    if (c.reasons.remove(reason)) {
      c.representative = null;
    }
    if (a.aiSystemId() != null) {
      c.systems.remove(a.aiSystemId());
    }
    if (c.reasons.counts.isEmpty() && c.systems.counts.isEmpty()) {
      controls.remove(a.controlId());
    }
  }

  /**
   * One applicability fact for each control that some fact makes applicable, to give the assembler
   * in place of all of them.
   *
   * @return the facts
   */
  public List<ControlApplicability> representatives() {
    List<ControlApplicability> result = new ArrayList<>(controls.size());
    for (Map.Entry<String, Control> e : controls.entrySet()) {
      Control c = e.getValue();
      if (c.reasons.counts.isEmpty()) {
        continue;
      }
      if (c.representative == null) {
        c.representative = new ControlApplicability(e.getKey(), c.reasons.list().get(0), null);
      }
      result.add(c.representative);
    }
    return result;
  }

  /**
   * The control results of a report assembled from {@link #representatives()}, with every reason
   * and AI system the session's facts give each control, as the assembler would list them from all
   * the facts.
   *
   * @param results the assembled control results
   * @return the results with their reasons and AI systems
   */
  public List<ControlResult> complete(List<ControlResult> results) {
    List<ControlResult> out = new ArrayList<>(results.size());
    for (ControlResult r : results) {
      Control c = controls.get(r.ref());
      if (c == null || c.reasons.counts.isEmpty()) {
        out.add(r);
        continue;
      }
      out.add(new ControlResult(r.ref(), r.title(), r.applicable(), c.reasons.list(), c.systems.list(),
          r.soa(), r.status(), r.note(), r.findings()));
    }
    return out;
  }
}
