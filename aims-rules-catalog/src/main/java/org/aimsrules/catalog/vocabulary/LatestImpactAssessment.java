package org.aimsrules.catalog.vocabulary;

import java.time.LocalDate;
import java.util.Objects;
import org.aimsrules.core.model.ImpactAssessment;

/**
 * The latest {@link CompletedImpactAssessment} of an {@link InScopeSystem}: no completed assessment
 * of the system is dated later (assessments of the same latest date each give a fact).
 *
 * <p>Derived by {@code derive/latest-impact-assessment}.
 *
 * @param aiSystemId the system's id
 * @param assessment the assessment
 * @param date the date it was performed on
 */
public record LatestImpactAssessment(String aiSystemId, ImpactAssessment assessment,
    LocalDate date) {
  /**
   * Hashes the system's id and the date only (equal facts have equal ids and dates).
   *
   * @return a hash of id and date
   */
  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(aiSystemId) + Objects.hashCode(date);
  }
}
