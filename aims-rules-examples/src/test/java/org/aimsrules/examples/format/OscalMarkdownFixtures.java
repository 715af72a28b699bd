package org.aimsrules.examples.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aimsrules.core.catalog.Basis;
import org.aimsrules.core.report.Baseline;
import org.aimsrules.core.report.BaselineComparison;
import org.aimsrules.core.report.BaselineStatus;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Summary;
import org.aimsrules.core.report.Verdict;
import org.aimsrules.core.report.Waiver;

/** Hand-built reports for the OSCAL and Markdown format tests. */
final class OscalMarkdownFixtures {
  /** Strings a hostile tenant could type into the model. */
  static final String HOSTILE = "<script>alert(1)</script> [x](javascript:alert(1)) "
      + "![i](http://evil/x.png) \u001b[31mred\u001b[0m \u202eevil\u202c `tick` | pipe & amp "
      + "@octocat https://evil.example/p www.evil.example";

  private OscalMarkdownFixtures() {}

  static Finding finding(String id, String ruleId, String requirement, Severity severity,
      String title, String subject, String message, List<String> actions) {
    return new Finding(id, ruleId, requirement, List.of(), Basis.REQUIREMENT, requirement, null,
        severity, title, subject, null, "#" + subject, message, Map.of(), actions, List.of(),
        List.of(), List.of(), null, null);
  }

  /** A finding whose model strings are all hostile. */
  static Finding hostile(Finding f) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("name", HOSTILE);
    return new Finding(f.id(), f.ruleId(), f.requirement(), f.obligations(), f.basis(),
        f.basisRef(), f.isoRequirement(), f.severity(), f.title(), "/x/" + HOSTILE, HOSTILE,
        HOSTILE + "#/y", "Message " + HOSTILE, facts, List.of("Act " + HOSTILE), f.references(),
        f.escalates(), f.instances(), f.waiver(), f.baseline());
  }

  static Waiver waiver(Finding f, String justification) {
    return new Waiver(f.ruleId(), f.id(), null, justification, "CISO", LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31));
  }

  static Summary summary(Verdict verdict, List<String> reasons, List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    Map<Severity, Integer> regulatory = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, (int) findings.stream().filter(f -> f.severity() == s && !f.isWaived()).count());
      regulatory.put(s, 0);
    }
    Map<RequirementStatus, Integer> requirements = new EnumMap<>(RequirementStatus.class);
    for (RequirementStatus s : RequirementStatus.values()) {
      requirements.put(s, 0);
    }
    int waived = (int) findings.stream().filter(Finding::isWaived).count();
    return new Summary(verdict, reasons, List.of(), counts, waived, regulatory, requirements);
  }

  static EvaluationReport report(String organization, List<Finding> findings,
      List<RequirementResult> requirements, BaselineComparison baseline) {
    return new EvaluationReport(EvaluationReport.REPORT_VERSION, "aims-rules test", "iso42001 test",
        organization, LocalDate.of(2026, 6, 30),
        summary(Verdict.STAGE_1_READY, List.of("Reason with " + organization), findings),
        findings, requirements, List.of(), List.of(), baseline);
  }

  /**
   * A copy of a sample report with a hostile organization name, its first five findings made
   * hostile, the second and fifth waived, every finding marked new or unchanged, and a baseline
   * with one hostile fixed finding.
   */
  static EvaluationReport hostileCopy(EvaluationReport r) {
    List<Finding> findings = new ArrayList<>(r.findings());
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i).withBaseline(i % 2 == 0 ? BaselineStatus.NEW
          : BaselineStatus.UNCHANGED);
      if (i < 5) {
        f = hostile(f);
        if (i == 1 || i == 4) {
          f = f.withWaiver(waiver(f, "Accepted " + HOSTILE));
        }
      }
      findings.set(i, f);
    }
    BaselineComparison baseline = new BaselineComparison(LocalDate.of(2026, 1, 1), 1, 2,
        List.of(new Baseline.Entry("0123456789abcdef", "5.2/policy-missing", "5.2",
            Severity.MAJOR, "/x/" + HOSTILE, "Fixed " + HOSTILE)));
    return new EvaluationReport(r.reportVersion(), r.generator(), r.catalog(), HOSTILE, r.asOf(),
        r.summary(), findings, r.requirements(), r.controls(), r.waivers(), baseline);
  }
}
