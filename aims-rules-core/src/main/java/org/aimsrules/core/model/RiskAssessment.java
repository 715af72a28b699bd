package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * An AI risk assessment (6.1.2, 8.2).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param status Status.
 * @param performedOn When it was completed.
 * @param trigger Why it was performed.
 * @param aiSystemIds AI systems it covers.
 * @param performedByIds Assessors.
 * @param usedCriteria Whether the documented risk criteria were applied.
 * @param consideredIssueIds Context issues considered (6.1.1).
 * @param consideredRequirementIds Interested-party requirements considered (6.1.1).
 * @param consideredObjectiveIds AI objectives considered (6.1.2).
 * @param consideredImpactAssessmentIds Impact assessments used as input (6.1.4).
 * @param documentId Id of the assessment results (8.2).
 */
public record RiskAssessment(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("absent counts as completed when performedOn is set; a date is the evidence")
    @JsonPropertyDescription("Status.")
    AssessmentStatus status,
    @Evidence(value = {"6.1.2-1", "8.2-1"}, when = "always: an undated assessment is not completed (6.1.2/no-risk-assessment; 8.2/risk-assessment-before-significant-change now fires without an earlier assessment)")
    @JsonPropertyDescription("When it was completed.")
    LocalDate performedOn,
    @Informational("descriptive (planned or event-driven)")
    @JsonPropertyDescription("Why it was performed.")
    AssessmentTrigger trigger,
    @Evidence(value = {"6.1.1-3"}, when = "always (6.1.1/system-not-risk-assessed): an assessment naming no system covers none (absence does not widen coverage); a risk of a completed assessment naming the system also covers it", alsoIn = {"/riskAssessments/*/aiSystemIds", "/risks/*/aiSystemIds"})
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems it covers.")
    List<String> aiSystemIds,
    @Informational("no requirement names who performs the assessment")
    @RefersTo(Person.class) @JsonPropertyDescription("Assessors.")
    List<String> performedByIds,
    @Evidence(value = {"6.1.2-e1", "6.1.2-b"}, when = "always (6.1.2/assessment-not-against-criteria)", alsoIn = {"/risks/*/acceptable"})
    @JsonPropertyDescription("Whether the documented risk criteria were applied.")
    Boolean usedCriteria,
    @Evidence(value = {"6.1.1-1"}, when = "always, as thin evidence (observation 6.1.1/issues-not-considered); one completed assessment recording them suffices", alsoIn = {"/riskAssessments/*/consideredIssueIds"})
    @RefersTo(ContextIssue.class) @JsonPropertyDescription("Context issues considered (6.1.1).")
    List<String> consideredIssueIds,
    @Evidence(value = {"6.1.1-1"}, when = "always, as thin evidence (observation 6.1.1/requirements-not-considered); one completed assessment recording them suffices", alsoIn = {"/riskAssessments/*/consideredRequirementIds"})
    @RefersTo(PartyRequirement.class) @JsonPropertyDescription("Interested-party requirements considered (6.1.1).")
    List<String> consideredRequirementIds,
    @Evidence(value = {"6.1.2-a"}, when = "always, as thin evidence (observation 6.1.2/objectives-not-considered); one completed assessment recording them suffices", alsoIn = {"/riskAssessments/*/consideredObjectiveIds"})
    @RefersTo(Objective.class) @JsonPropertyDescription("AI objectives considered (6.1.2).")
    List<String> consideredObjectiveIds,
    @Evidence(value = {"6.1.4-5", "6.1.2-d1"}, when = "always (6.1.4/impact-assessment-not-used-in-risk-assessment, 6.1.2/consequences-for-people-not-assessed)", alsoIn = {"/risks/*/consequencesFor"})
    @RefersTo(ImpactAssessment.class) @JsonPropertyDescription("Impact assessments used as input (6.1.4).")
    List<String> consideredImpactAssessmentIds,
    @Evidence(value = {"8.2-2"}, when = "always: the documented results of each risk assessment (DI-13); a document of that type also holds them", alsoIn = {"/documents[type=RISK_ASSESSMENT_RESULTS]"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the assessment results (8.2).")
    String documentId) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public RiskAssessment {
    aiSystemIds = ModelLists.copy(aiSystemIds, "aiSystemIds");
    performedByIds = ModelLists.copy(performedByIds, "performedByIds");
    consideredIssueIds = ModelLists.copy(consideredIssueIds, "consideredIssueIds");
    consideredRequirementIds = ModelLists.copy(consideredRequirementIds, "consideredRequirementIds");
    consideredObjectiveIds = ModelLists.copy(consideredObjectiveIds, "consideredObjectiveIds");
    consideredImpactAssessmentIds = ModelLists.copy(consideredImpactAssessmentIds, "consideredImpactAssessmentIds");
  }

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
    b.status = status;
    b.performedOn = performedOn;
    b.trigger = trigger;
    b.aiSystemIds = aiSystemIds;
    b.performedByIds = performedByIds;
    b.usedCriteria = usedCriteria;
    b.consideredIssueIds = consideredIssueIds;
    b.consideredRequirementIds = consideredRequirementIds;
    b.consideredObjectiveIds = consideredObjectiveIds;
    b.consideredImpactAssessmentIds = consideredImpactAssessmentIds;
    b.documentId = documentId;
    return b;
  }

  /** Builder for {@link RiskAssessment}. */
  public static final class Builder {
    private String id;
    private AssessmentStatus status;
    private LocalDate performedOn;
    private AssessmentTrigger trigger;
    private List<String> aiSystemIds;
    private List<String> performedByIds;
    private Boolean usedCriteria;
    private List<String> consideredIssueIds;
    private List<String> consideredRequirementIds;
    private List<String> consideredObjectiveIds;
    private List<String> consideredImpactAssessmentIds;
    private String documentId;

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
     * Sets {@code status}.
     *
     * @param value status.
     * @return this builder
     */
    public Builder status(AssessmentStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code performedOn}.
     *
     * @param value when it was completed.
     * @return this builder
     */
    public Builder performedOn(LocalDate value) {
      this.performedOn = value;
      return this;
    }

    /**
     * Sets {@code trigger}.
     *
     * @param value why it was performed.
     * @return this builder
     */
    public Builder trigger(AssessmentTrigger value) {
      this.trigger = value;
      return this;
    }

    /**
     * Sets {@code aiSystemIds}.
     *
     * @param value aI systems it covers.
     * @return this builder
     */
    public Builder aiSystemIds(List<String> value) {
      this.aiSystemIds = value;
      return this;
    }

    /**
     * Sets {@code performedByIds}.
     *
     * @param value assessors.
     * @return this builder
     */
    public Builder performedByIds(List<String> value) {
      this.performedByIds = value;
      return this;
    }

    /**
     * Sets {@code usedCriteria}.
     *
     * @param value whether the documented risk criteria were applied.
     * @return this builder
     */
    public Builder usedCriteria(Boolean value) {
      this.usedCriteria = value;
      return this;
    }

    /**
     * Sets {@code consideredIssueIds}.
     *
     * @param value context issues considered (6.1.1).
     * @return this builder
     */
    public Builder consideredIssueIds(List<String> value) {
      this.consideredIssueIds = value;
      return this;
    }

    /**
     * Sets {@code consideredRequirementIds}.
     *
     * @param value interested-party requirements considered (6.1.1).
     * @return this builder
     */
    public Builder consideredRequirementIds(List<String> value) {
      this.consideredRequirementIds = value;
      return this;
    }

    /**
     * Sets {@code consideredObjectiveIds}.
     *
     * @param value aI objectives considered (6.1.2).
     * @return this builder
     */
    public Builder consideredObjectiveIds(List<String> value) {
      this.consideredObjectiveIds = value;
      return this;
    }

    /**
     * Sets {@code consideredImpactAssessmentIds}.
     *
     * @param value impact assessments used as input (6.1.4).
     * @return this builder
     */
    public Builder consideredImpactAssessmentIds(List<String> value) {
      this.consideredImpactAssessmentIds = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the assessment results (8.2).
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public RiskAssessment build() {
      return new RiskAssessment(id, status, performedOn, trigger, aiSystemIds, performedByIds, usedCriteria, consideredIssueIds, consideredRequirementIds, consideredObjectiveIds, consideredImpactAssessmentIds, documentId);
    }
  }
}
