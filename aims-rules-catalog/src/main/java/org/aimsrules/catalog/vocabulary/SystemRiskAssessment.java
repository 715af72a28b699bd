package org.aimsrules.catalog.vocabulary;

import java.time.LocalDate;
import java.util.Objects;
import org.aimsrules.core.model.RiskAssessment;

/**
 * A {@link CompletedRiskAssessment} that lists an AI system among the systems it covers. One fact
 * per assessment and listed system (a list that names a system twice gives one fact), so that
 * rules find the completed risk assessments of a system by an equality on {@code aiSystemId},
 * which the engine indexes, instead of searching every list.
 *
 * <p>Derived by {@code derive/system-risk-assessment}.
 *
 * @param aiSystemId the id of a system the assessment lists (not checked against the inventory)
 * @param assessment the assessment
 * @param date the date it was performed on
 */
public record SystemRiskAssessment(String aiSystemId, RiskAssessment assessment, LocalDate date) {
  /**
   * Hashes the system's id and the assessment's id only (equal facts have equal ids).
   *
   * @return a hash of the ids
   */
  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(aiSystemId) + (assessment == null ? 0 : Objects.hashCode(assessment.id()));
  }
}
