package org.aimsrules.core.rule;

/**
 * The planned intervals in force for an evaluation, in months, inserted as a fact. Each value is the
 * organization's own planned interval where the model states one, otherwise the evaluation default
 * (taken from certification practice).
 *
 * @param aiPolicyReviewMonths AI policy review (5.2, A.2.4)
 * @param contextReviewMonths context and interested-party review (4.1, 4.2)
 * @param riskAssessmentMonths AI risk assessment (8.2)
 * @param impactAssessmentMonths AI system impact assessment (8.4)
 * @param internalAuditMonths internal audit (9.2)
 * @param auditCoverageMonths period within which every clause must be audited (9.2.2)
 * @param managementReviewMonths management review (9.3)
 * @param documentReviewMonths review of documented information (7.5)
 * @param awarenessMonths awareness activities (7.3)
 * @param supplierReviewMonths supplier review (A.10.3)
 * @param objectiveMonitoringMonths monitoring of objectives (6.2)
 */
public record Intervals(
    int aiPolicyReviewMonths,
    int contextReviewMonths,
    int riskAssessmentMonths,
    int impactAssessmentMonths,
    int internalAuditMonths,
    int auditCoverageMonths,
    int managementReviewMonths,
    int documentReviewMonths,
    int awarenessMonths,
    int supplierReviewMonths,
    int objectiveMonitoringMonths) {

  /** Longest interval accepted, in months, the same bound the fact model puts on its intervals. */
  public static final int MAX_MONTHS = 1200;

  /** Checks that every interval is between 1 and {@link #MAX_MONTHS} months. */
  public Intervals {
    int[] all = {aiPolicyReviewMonths, contextReviewMonths, riskAssessmentMonths,
        impactAssessmentMonths, internalAuditMonths, auditCoverageMonths, managementReviewMonths,
        documentReviewMonths, awarenessMonths, supplierReviewMonths, objectiveMonitoringMonths};
    for (int months : all) {
      if (months < 1 || months > MAX_MONTHS) {
        throw new IllegalArgumentException(
            "intervals must be between 1 and " + MAX_MONTHS + " months, found " + months);
      }
    }
  }

  /** The defaults, from certification practice (annual cycles; whole AIMS audited within 3 years). */
  public static final Intervals DEFAULTS = new Intervals(12, 12, 12, 12, 12, 36, 12, 12, 12, 12, 6);
}
