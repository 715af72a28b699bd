package org.aimsrules.core.internal;

import org.aimsrules.core.model.AuditProgramme;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.AiPolicy;
import org.aimsrules.core.model.PlannedIntervals;
import org.aimsrules.core.rule.Intervals;

/** Merges the organization's planned intervals over the evaluation defaults. */
public final class IntervalResolver {
  private IntervalResolver() {}

  /**
   * The intervals in force: a value the model states wins over the default. The AI policy's and
   * the audit programme's own interval fields count as stated values too.
   *
   * @param model the model
   * @param defaults evaluation defaults
   * @return the intervals
   */
  public static Intervals resolve(AimsModel model, Intervals defaults) {
    PlannedIntervals p = model.plannedIntervals() != null ? model.plannedIntervals()
        : PlannedIntervals.builder().build();
    AiPolicy policy = model.aiPolicy();
    AuditProgramme programme = model.auditProgramme();
    return new Intervals(
        pick(p.aiPolicyReviewMonths(), policy == null ? null : policy.reviewIntervalMonths(),
            defaults.aiPolicyReviewMonths()),
        pick(p.contextReviewMonths(), null, defaults.contextReviewMonths()),
        pick(p.riskAssessmentMonths(), null, defaults.riskAssessmentMonths()),
        pick(p.impactAssessmentMonths(), null, defaults.impactAssessmentMonths()),
        pick(p.internalAuditMonths(), programme == null ? null : programme.intervalMonths(),
            defaults.internalAuditMonths()),
        pick(null, programme == null ? null : programme.fullCoverageMonths(),
            defaults.auditCoverageMonths()),
        pick(p.managementReviewMonths(), null, defaults.managementReviewMonths()),
        pick(p.documentReviewMonths(), null, defaults.documentReviewMonths()),
        pick(p.awarenessMonths(), null, defaults.awarenessMonths()),
        pick(p.supplierReviewMonths(), null, defaults.supplierReviewMonths()),
        pick(p.objectiveMonitoringMonths(), null, defaults.objectiveMonitoringMonths()));
  }

  private static int pick(Integer planned, Integer sectionValue, int fallback) {
    if (planned != null) {
      return planned;
    }
    return sectionValue != null ? sectionValue : fallback;
  }
}
