package org.aimsrules.catalog.vocabulary;

import java.time.LocalDate;
import org.aimsrules.core.model.RiskAssessment;

/**
 * A risk assessment completed on or before the evaluation date: status completed or not stated, and
 * performed on a date no later than the evaluation date (records dated later are not seen, so a
 * report as of a date sees only what existed then).
 *
 * <p>Derived by {@code derive/completed-risk-assessment}. One fact per assessment.
 *
 * @param assessment the assessment
 * @param date the date it was performed on
 */
public record CompletedRiskAssessment(RiskAssessment assessment, LocalDate date) {
  /**
   * Hashes the assessment's id and date only (equal facts have equal ids and dates).
   *
   * @return a hash of id and date
   */
  @Override
  public int hashCode() {
    return 31 * (assessment == null ? 0 : java.util.Objects.hashCode(assessment.id()))
        + java.util.Objects.hashCode(date);
  }
}
