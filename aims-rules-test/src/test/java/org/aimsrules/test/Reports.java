package org.aimsrules.test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aimsrules.core.catalog.Basis;
import org.aimsrules.core.report.ControlResult;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.SoaView;
import org.aimsrules.core.report.Summary;
import org.aimsrules.core.report.Verdict;
import org.aimsrules.core.report.Waiver;

/** Small reports built by hand, for the assertions' own tests. */
final class Reports {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private Reports() {}

  static Finding finding(String id, String ruleId, String requirement, Severity severity,
      String subject, String entityId, String message, List<String> actions) {
    return new Finding(id, ruleId, requirement, List.of(), Basis.REQUIREMENT, requirement, null,
        severity, "title of " + ruleId, subject, entityId, "#" + subject, message, Map.of(), actions,
        List.of(), List.of(), List.of(), null, null);
  }

  static Finding waived(Finding f) {
    return f.withWaiver(new Waiver(f.ruleId(), f.id(), null, "accepted", "ceo",
        LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
  }

  static EvaluationReport report(String organization, Verdict verdict, List<String> reasons,
      List<Finding> findings, List<RequirementResult> requirements, List<ControlResult> controls) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, (int) findings.stream().filter(f -> !f.isWaived() && f.severity() == s).count());
    }
    Map<RequirementStatus, Integer> statuses = new EnumMap<>(RequirementStatus.class);
    for (RequirementStatus s : RequirementStatus.values()) {
      statuses.put(s, 0);
    }
    List<String> deciding = findings.stream().filter(f -> f.severity() == Severity.MAJOR)
        .map(Finding::id).toList();
    return new EvaluationReport(EvaluationReport.REPORT_VERSION, "aims-rules test", "iso42001 1",
        organization, AS_OF, new Summary(verdict, reasons, deciding, counts, 0, counts, statuses),
        findings, requirements, controls, List.of(), null);
  }

  static RequirementResult requirement(String ref, String title, RequirementStatus status,
      String reason, List<String> findingIds) {
    return new RequirementResult(ref, "SUBCLAUSE", title, status, true, reason, findingIds);
  }

  static ControlResult control(String ref, boolean applicable, List<String> reasons, SoaView soa,
      RequirementStatus status) {
    return new ControlResult(ref, "Title of " + ref, applicable, reasons, List.of(), soa, status,
        null, List.of());
  }
}
