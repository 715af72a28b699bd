package org.aimsrules.core.internal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.aimsrules.core.catalog.Basis;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RequirementKind;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.rule.RequirementNotApplicable;

/**
 * Stage 7: the status of every requirement of the catalog, from the findings that count (waived
 * findings are listed against their requirement but decide nothing), the rules' not-applicable
 * facts, control applicability and the evidence the model holds.
 */
public final class RequirementStatuses {
  private RequirementStatuses() {}

  /**
   * Derives the statuses, reusing what an earlier report of the same session computed.
   *
   * @param index the catalog
   * @param input what the session produced
   * @param findings every finding of the report, in report order
   * @param absent ids of the findings whose subject holds nothing
   * @param applicable the controls that the organization's context makes applicable
   * @param included the controls the Statement of Applicability includes
   * @param memo the session's memo ({@code null}: none kept)
   * @return one result per requirement, in the catalog's order
   */
  public static List<RequirementResult> derive(CatalogIndex index, ReportInput input,
      List<Finding> findings, Set<String> absent, Set<String> applicable, Set<String> included,
      ReportMemo memo) {
    Map<String, String> naReasons = new TreeMap<>();
    for (RequirementNotApplicable n : input.notApplicable()) {
      naReasons.merge(n.ref(), n.reason(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    Map<String, List<Finding>> findingsByRef = new HashMap<>();
    for (Finding f : findings) {
      for (String ref : index.concerns(f)) {
        findingsByRef.computeIfAbsent(ref, k -> new ArrayList<>()).add(f);
      }
    }
    Set<String> evidencedRefs = input.evidenced() == null ? null
        : memo != null ? memo.evidencedRequirements(index, input.evidenced())
        : index.evidencedRequirements(input.evidenced());
    List<RequirementResult> results = new ArrayList<>();
    for (CatalogIndex.RequirementEntry entry : index.requirementEntries()) {
      Requirement r = entry.requirement();
      // Most requirements have no finding: plain loops, no stream pipelines per requirement.
      List<Finding> against = findingsByRef.getOrDefault(r.ref(), List.of());
      List<Finding> counted = new ArrayList<>(against.size());
      boolean nonconforming = false;
      for (Finding f : against) {
        if (!f.isWaived()) {
          counted.add(f);
          nonconforming |= f.isNonconformity();
        }
      }
      boolean automated = entry.automated();
      String reason = null;
      RequirementStatus status;
      boolean controlNotApplicable = r.kind() == RequirementKind.CONTROL
          && !applicable.contains(r.ref()) && !included.contains(r.ref());
      if (nonconforming) {
        status = RequirementStatus.NONCONFORMING;
      } else if (naReasons.containsKey(r.ref())) {
        status = RequirementStatus.NOT_APPLICABLE;
        reason = naReasons.get(r.ref());
      } else if (controlNotApplicable) {
        status = RequirementStatus.NOT_APPLICABLE;
        reason = "nothing in the organization's context makes this control applicable and the "
            + "Statement of Applicability does not include it";
      } else if (!automated) {
        status = RequirementStatus.NOT_AUTOMATED;
        String why = entry.notAutomatedReason();
        reason = why != null ? why : "no rule checks this requirement yet";
      } else {
        List<String> missing = new ArrayList<>();
        for (Finding f : counted) {
          if (absentEvidence(f, absent)) {
            missing.add(f.id());
          }
        }
        if (!missing.isEmpty()) {
          status = RequirementStatus.NOT_EVIDENCED;
          reason = "evidence it needs is absent from the model (finding "
              + String.join(", ", missing) + ")";
        } else if (evidencedRefs != null && !evidencedRefs.contains(r.ref())
            && entry.ownPack()) {
          // The evidence map (the model's annotations) speaks of the base catalog's requirements
          // only: another pack's requirement is judged by its rules' findings alone.
          status = RequirementStatus.NOT_EVIDENCED;
          reason = "the model records none of the evidence that the evidence map lists for it";
        } else {
          status = RequirementStatus.CONFORMING;
        }
      }
      results.add(new RequirementResult(r.ref(), r.kind().name(), r.title(), status, automated,
          reason, ids(against)));
    }
    return results;
  }

  private static List<String> ids(List<Finding> findings) {
    if (findings.isEmpty()) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      ids.add(f.id());
    }
    return ids;
  }

  /**
   * Whether a finding that is not a nonconformity says that evidence a requirement of the standard
   * needs is absent: it rests on the standard (not on guidance or a law alone) and its subject, or
   * the subject of one of the findings it holds, is a place of the model that holds nothing.
   */
  private static boolean absentEvidence(Finding f, Set<String> absent) {
    if (f.basis() != Basis.REQUIREMENT && f.isoRequirement() == null) {
      return false;
    }
    if (!f.instances().isEmpty()) {
      return f.instances().stream().anyMatch(i -> absentEvidence(i, absent));
    }
    if (!f.escalates().isEmpty()) {
      return f.escalates().stream().anyMatch(i -> absentEvidence(i, absent));
    }
    return absent.contains(f.id());
  }
}
