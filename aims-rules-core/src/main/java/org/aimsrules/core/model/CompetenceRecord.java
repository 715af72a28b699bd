package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * Evidence of a person's competence (7.2).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param personId Person.
 * @param requirementId Requirement it satisfies.
 * @param competence Competence.
 * @param evidenceType Kind of evidence.
 * @param documentId Id of the evidence.
 * @param achievedOn When.
 * @param actionTaken Action taken to acquire it (training, mentoring, hiring).
 * @param effectivenessEvaluatedOn When the action's effectiveness was evaluated.
 * @param effective Whether the action was effective.
 */
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
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.personId = personId;
    b.requirementId = requirementId;
    b.competence = competence;
    b.evidenceType = evidenceType;
    b.documentId = documentId;
    b.achievedOn = achievedOn;
    b.actionTaken = actionTaken;
    b.effectivenessEvaluatedOn = effectivenessEvaluatedOn;
    b.effective = effective;
    return b;
  }

  /** Builder for {@link CompetenceRecord}. */
  public static final class Builder {
    private String id;
    private String personId;
    private String requirementId;
    private String competence;
    private CompetenceEvidenceType evidenceType;
    private String documentId;
    private LocalDate achievedOn;
    private String actionTaken;
    private LocalDate effectivenessEvaluatedOn;
    private Boolean effective;

    private Builder() {}

    /**
     * Sets {@code id}.
     *
     * @param value stable identifier, unique across the whole document; other entities refer to it.
     * @return this builder
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets {@code personId}.
     *
     * @param value person.
     * @return this builder
     */
    public Builder personId(String value) {
      this.personId = value;
      return this;
    }

    /**
     * Sets {@code requirementId}.
     *
     * @param value requirement it satisfies.
     * @return this builder
     */
    public Builder requirementId(String value) {
      this.requirementId = value;
      return this;
    }

    /**
     * Sets {@code competence}.
     *
     * @param value competence.
     * @return this builder
     */
    public Builder competence(String value) {
      this.competence = value;
      return this;
    }

    /**
     * Sets {@code evidenceType}.
     *
     * @param value kind of evidence.
     * @return this builder
     */
    public Builder evidenceType(CompetenceEvidenceType value) {
      this.evidenceType = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the evidence.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code achievedOn}.
     *
     * @param value when.
     * @return this builder
     */
    public Builder achievedOn(LocalDate value) {
      this.achievedOn = value;
      return this;
    }

    /**
     * Sets {@code actionTaken}.
     *
     * @param value action taken to acquire it (training, mentoring, hiring).
     * @return this builder
     */
    public Builder actionTaken(String value) {
      this.actionTaken = value;
      return this;
    }

    /**
     * Sets {@code effectivenessEvaluatedOn}.
     *
     * @param value when the action's effectiveness was evaluated.
     * @return this builder
     */
    public Builder effectivenessEvaluatedOn(LocalDate value) {
      this.effectivenessEvaluatedOn = value;
      return this;
    }

    /**
     * Sets {@code effective}.
     *
     * @param value whether the action was effective.
     * @return this builder
     */
    public Builder effective(Boolean value) {
      this.effective = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public CompetenceRecord build() {
      return new CompetenceRecord(id, personId, requirementId, competence, evidenceType, documentId, achievedOn, actionTaken, effectivenessEvaluatedOn, effective);
    }
  }
}
