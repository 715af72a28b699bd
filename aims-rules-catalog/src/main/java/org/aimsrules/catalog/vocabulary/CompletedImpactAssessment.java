package org.aimsrules.catalog.vocabulary;

import java.time.LocalDate;
import org.aimsrules.core.model.ImpactAssessment;

/**
 * An AI system impact assessment completed on or before the evaluation date: status completed or not
 * stated, and performed on a date no later than the evaluation date.
 *
 * <p>Derived by {@code derive/completed-impact-assessment}. One fact per assessment.
 *
 * @param assessment the assessment
 * @param aiSystemId the id of the system it assesses ({@code null} when it names none)
 * @param date the date it was performed on
 */
public record CompletedImpactAssessment(ImpactAssessment assessment, String aiSystemId,
    LocalDate date) {
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
