package org.aimsrules.core.internal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aimsrules.core.catalog.RequirementKind;
import org.aimsrules.core.internal.NaturalOrder;
import org.aimsrules.core.model.SoaEntry;
import org.aimsrules.core.report.ControlResult;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.SoaView;
import org.aimsrules.core.rule.ControlApplicability;

/**
 * Stage 8: the view of every Annex A control, from the applicability facts the rules derived and
 * the Statement of Applicability's entries inserted in the session.
 */
public final class ControlsView {
  /** Why each control applies (sentences, sorted) and the AI systems it applies to (sorted). */
  private final Map<String, Set<String>> reasons = new HashMap<>();
  private final Map<String, Set<String>> systems = new HashMap<>();
  private final Map<String, SoaEntry> soa = new HashMap<>();

  /**
   * Gathers the applicability and the Statement of Applicability of one evaluation.
   *
   * @param input what the session produced
   */
  public ControlsView(ReportInput input) {
    // Distinct reasons and systems per control are gathered in hash sets (an organization with
    // thousands of AI systems has tens of thousands of applicability facts) and sorted once.
    Map<String, Set<String>> rawReasons = new HashMap<>();
    Map<String, Set<String>> rawSystems = new HashMap<>();
    for (ControlApplicability a : input.applicability()) {
      rawReasons.computeIfAbsent(a.controlId(), k -> new HashSet<>()).add(a.reason());
      if (a.aiSystemId() != null) {
        rawSystems.computeIfAbsent(a.controlId(), k -> new HashSet<>()).add(a.aiSystemId());
      }
    }
    rawReasons.forEach((control, raw) -> {
      Set<String> sentences = new TreeSet<>();
      raw.forEach(r -> sentences.add(sentence(r)));
      reasons.put(control, sentences);
    });
    rawSystems.forEach((control, raw) -> {
      Set<String> sorted = new TreeSet<>(NaturalOrder.COMPARATOR);
      sorted.addAll(raw);
      systems.put(control, sorted);
    });
    for (SoaEntry e : input.soaEntries()) {
      if (e.controlId() != null) {
        soa.putIfAbsent(e.controlId(), e);
      }
    }
  }

  /**
   * The controls the organization's context makes applicable.
   *
   * @return their ids
   */
  public Set<String> applicable() {
    return reasons.keySet();
  }

  /**
   * The controls the Statement of Applicability includes.
   *
   * @return their ids
   */
  public Set<String> included() {
    Set<String> ids = new HashSet<>();
    soa.forEach((id, e) -> {
      if (Boolean.TRUE.equals(e.included())) {
        ids.add(id);
      }
    });
    return ids;
  }

  /**
   * The view of every control, in the catalog's order.
   *
   * @param index the catalog
   * @param results the requirement results
   * @return one result per control
   */
  public List<ControlResult> controls(CatalogIndex index, List<RequirementResult> results) {
    List<ControlResult> controls = new ArrayList<>();
    for (RequirementResult result : results) {
      if (!RequirementKind.CONTROL.name().equals(result.kind())) {
        continue;
      }
      Set<String> why = reasons.getOrDefault(result.ref(), Set.of());
      String note = null;
      if (why.isEmpty() && result.status() == RequirementStatus.CONFORMING) {
        note = "The Statement of Applicability includes this control, but nothing in the "
            + "organization's context makes it applicable, so the checks that depend on context "
            + "(per AI system, per data resource, per supplier) had nothing to check.";
      }
      controls.add(new ControlResult(result.ref(), result.title(), !why.isEmpty(),
          List.copyOf(why), List.copyOf(systems.getOrDefault(result.ref(), Set.of())),
          soaView(soa.get(result.ref())), result.status(), note, result.findings()));
    }
    return controls;
  }

  private static SoaView soaView(SoaEntry e) {
    if (e == null) {
      return SoaView.NOT_LISTED;
    }
    return new SoaView(true, e.included(), e.justification(),
        e.implementationStatus() == null ? null : e.implementationStatus().name());
  }

  /**
   * A reason as a sentence: first letter upper case, ending with a full stop.
   *
   * @param reason a reason
   * @return the sentence
   */
  public static String sentence(String reason) {
    String r = reason.strip();
    if (r.isEmpty()) {
      return r;
    }
    r = Character.toUpperCase(r.charAt(0)) + r.substring(1);
    char last = r.charAt(r.length() - 1);
    return last == '.' || last == '!' || last == '?' ? r : r + ".";
  }
}
