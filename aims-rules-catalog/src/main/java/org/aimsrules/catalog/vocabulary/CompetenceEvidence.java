package org.aimsrules.catalog.vocabulary;

import java.util.Objects;
import org.aimsrules.core.model.CompetenceRecord;

/**
 * A competence record that exists as of the evaluation date: achieved on or before it, or undated.
 *
 * <p>Derived by {@code derive/clause-7/competence-evidence}. One fact per record.
 *
 * @param competenceRecord the record
 * @param personId the person it is about
 * @param requirementId the competence requirement it names ({@code null} when it names none)
 */
public record CompetenceEvidence(CompetenceRecord competenceRecord, String personId,
    String requirementId) {
  /**
   * Hashes the record's id only (equal facts have equal records).
   *
   * @return a hash of the record's id
   */
  @Override
  public int hashCode() {
    return competenceRecord == null ? 0 : Objects.hashCode(competenceRecord.id());
  }
}
