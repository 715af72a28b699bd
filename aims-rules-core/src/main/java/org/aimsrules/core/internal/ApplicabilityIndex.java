package org.aimsrules.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

  /** The reasons and AI systems of one control, with how many facts state each. */
  private static final class Control {
    final TreeMap<String, Integer> reasons = new TreeMap<>();
    final TreeMap<String, Integer> systems = new TreeMap<>(NaturalOrder.COMPARATOR);
    ControlApplicability representative;
    List<String> reasonList;
    List<String> systemList;
  }

  /**
   * Counts a fact the session now holds.
   *
   * @param a the fact
   */
  public void added(ControlApplicability a) {
    Control c = controls.computeIfAbsent(a.controlId(), k -> new Control());
    String reason = org.aimsrules.core.internal.report.ControlsView.sentence(a.reason());
    if (c.reasons.merge(reason, 1, Integer::sum) == 1) {
      c.reasonList = null;
      c.representative = null;
    }
    if (a.aiSystemId() != null && c.systems.merge(a.aiSystemId(), 1, Integer::sum) == 1) {
      c.systemList = null;
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
    if (c.reasons.merge(reason, -1, (x, y) -> x + y == 0 ? null : x + y) == null) {
      c.reasonList = null;
      c.representative = null;
    }
    if (a.aiSystemId() != null
        && c.systems.merge(a.aiSystemId(), -1, (x, y) -> x + y == 0 ? null : x + y) == null) {
      c.systemList = null;
    }
    if (c.reasons.isEmpty() && c.systems.isEmpty()) {
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
      if (c.reasons.isEmpty()) {
        continue;
      }
      if (c.representative == null) {
        c.representative = new ControlApplicability(e.getKey(), c.reasons.firstKey(), null);
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
      if (c == null || c.reasons.isEmpty()) {
        out.add(r);
        continue;
      }
      if (c.reasonList == null) {
        c.reasonList = List.copyOf(c.reasons.keySet());
      }
      if (c.systemList == null) {
        c.systemList = List.copyOf(c.systems.keySet());
      }
      out.add(new ControlResult(r.ref(), r.title(), r.applicable(), c.reasonList, c.systemList,
          r.soa(), r.status(), r.note(), r.findings()));
    }
    return out;
  }
}
