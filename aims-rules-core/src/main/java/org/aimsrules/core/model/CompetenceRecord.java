package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Evidence of a person's competence (7.2).
 */
@RecordBuilder
public record CompetenceRecord(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Required @RefersTo(Person.class) @JsonPropertyDescription("Person.")
    String personId,
    @Evidence(value = {"7.2"}, when = "7.2-b: which requirement the record meets; a record without it counts when its competence matches one stated (7.2/role-holder-competence-not-evidenced)", alsoIn = {"/competenceRecords/*/competence"})
    @RefersTo(CompetenceRequirement.class) @JsonPropertyDescription("Requirement it satisfies.")
    String requirementId,
    @Evidence(value = {"7.2"}, when = "7.2-b: alternative to requirementId for matching a record to a requirement; another record of the same person may state the same competence", alsoIn = {"/competenceRecords/*/requirementId", "/competenceRecords/*/competence"})
    @JsonPropertyDescription("Competence.")
    String competence,
    @Informational("Kind of evidence (education, training, experience); 7.2 accepts any")
    @JsonPropertyDescription("Kind of evidence.")
    CompetenceEvidenceType evidenceType,
    @Evidence(value = {"7.2"}, when = "7.2-d: documented evidence of competence (7.2/competence-evidence-without-document)", alsoIn = {"/documents[type=COMPETENCE_EVIDENCE]"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the evidence.")
    String documentId,
    @Informational("Only used to ignore records dated after the evaluation date and to time the effectiveness evaluation; absent counts as achieved")
    @JsonPropertyDescription("When.")
    LocalDate achievedOn,
    @Informational("Says an action (training, hiring) was taken; 7.2-c applies only where actions are taken, so absent means none to evaluate")
    @JsonPropertyDescription("Action taken to acquire it (training, mentoring, hiring).")
    String actionTaken,
    @Evidence(value = {"7.2"}, need = Evidence.Need.APPLICABLE, when = "7.2-c2: evaluation of a competence action, due three months after it (7.2/competence-action-not-evaluated)", alsoIn = {"/competenceRecords/*/effective"}, dueAfter = "achievedOn+3M")
    @JsonPropertyDescription("When the action's effectiveness was evaluated.")
    LocalDate effectivenessEvaluatedOn,
    @Evidence(value = {"7.2"}, need = Evidence.Need.APPLICABLE, when = "7.2-c2: verdict of the evaluation; alternative to its date", alsoIn = {"/competenceRecords/*/effectivenessEvaluatedOn"}, dueAfter = "achievedOn+3M")
    @JsonPropertyDescription("Whether the action was effective.")
    Boolean effective) implements Entity {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static CompetenceRecordBuilder builder() {
    return CompetenceRecordBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public CompetenceRecordBuilder toBuilder() {
    return CompetenceRecordBuilder.builder(this);
  }
}
