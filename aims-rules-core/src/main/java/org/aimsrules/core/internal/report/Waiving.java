package org.aimsrules.core.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Waiver;
import org.aimsrules.core.report.WaiverResult;

/**
 * Stage 2 and 5: waivers. Before grouping, the waivers in force set aside the findings they name
 * (one subject each), so that a waived finding is neither grouped, escalated nor counted; after
 * escalation, a waiver that named no such finding may name a systemic or escalated finding by its
 * id. Every waiver ends applied, expired (it names findings but is not in force on the evaluation
 * date) or unmatched. One instance per evaluation.
 */
public final class Waiving {
  private final List<Waiver> waivers;
  private final LocalDate asOf;
  private final Map<Waiver, List<String>> matched = new IdentityHashMap<>();
  private final List<Finding> waived = new ArrayList<>();

  /**
   * Prepares the waivers of one evaluation.
   *
   * @param waivers the waivers, in the order given
   * @param asOf the evaluation date
   */
  public Waiving(List<Waiver> waivers, LocalDate asOf) {
    this.waivers = waivers;
    this.asOf = asOf;
    waivers.forEach(w -> matched.put(w, new ArrayList<>()));
  }

  /**
   * Sets aside the findings that waivers in force name.
   *
   * @param findings graded findings, one subject each
   * @return the findings that still count
   */
  public List<Finding> setAside(List<Finding> findings) {
    if (waivers.isEmpty()) {
      return findings;
    }
    List<Finding> counted = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Waiver applied = match(f);
      if (applied == null) {
        counted.add(f);
      } else {
        waived.add(f.withWaiver(applied));
      }
    }
    return counted;
  }

  /**
   * Applies the waivers that named no finding on one subject to the systemic and escalated
   * findings they name by id, and puts the waived findings back.
   *
   * @param findings findings after escalation
   * @return every finding, the waived ones marked
   */
  public List<Finding> restore(List<Finding> findings) {
    if (waivers.isEmpty()) {
      return findings;
    }
    List<Finding> result = new ArrayList<>(findings.size() + waived.size());
    for (Finding f : findings) {
      Waiver applied = f.isSystemic() || !f.escalates().isEmpty() ? match(f) : null;
      result.add(applied == null ? f : f.withWaiver(applied));
    }
    result.addAll(waived);
    return result;
  }

  /**
   * What became of each waiver, in the order given.
   *
   * @return the results
   */
  public List<WaiverResult> results() {
    List<WaiverResult> results = new ArrayList<>();
    for (Waiver w : waivers) {
      List<String> ids = matched.get(w);
      WaiverResult.Status status = ids.isEmpty() ? WaiverResult.Status.UNMATCHED
          : w.inForce(asOf) ? WaiverResult.Status.APPLIED : WaiverResult.Status.EXPIRED;
      results.add(new WaiverResult(w, status, ids.stream().distinct().sorted().toList()));
    }
    return results;
  }

  /** Records every waiver naming a finding; returns the first in force, or null. */
  private Waiver match(Finding f) {
    Waiver applied = null;
    for (Waiver w : waivers) {
      if (w.matches(f)) {
        matched.get(w).add(f.id());
        if (applied == null && w.inForce(asOf)) {
          applied = w;
        }
      }
    }
    return applied;
  }
}
