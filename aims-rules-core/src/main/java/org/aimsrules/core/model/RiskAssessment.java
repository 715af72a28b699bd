package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * An AI risk assessment (6.1.2, 8.2).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static RiskAssessmentBuilder builder() {
    return RiskAssessmentBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public RiskAssessmentBuilder toBuilder() {
    return RiskAssessmentBuilder.builder(this);
  }
}
