package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * An AI system impact assessment (6.1.4, 8.4, A.5).
 */
@RecordBuilder
public record ImpactAssessment(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Required @RefersTo(AiSystem.class) @JsonPropertyDescription("Assessed AI system.")
    String aiSystemId,
    @Informational("absent counts as completed when performedOn is set")
    @JsonPropertyDescription("Status.")
    AssessmentStatus status,
    @Evidence(value = {"6.1.4-1", "8.4-1"}, when = "always: an undated assessment is not completed (6.1.4/impact-assessment-missing; 8.4/impact-assessment-before-significant-change now fires without an earlier assessment)", latestOnly = true)
    @JsonPropertyDescription("When it was completed.")
    LocalDate performedOn,
    @Informational("descriptive (planned or event-driven)")
    @JsonPropertyDescription("Why it was performed.")
    AssessmentTrigger trigger,
    @Informational("no requirement names who performs the impact assessment")
    @RefersTo(Person.class) @JsonPropertyDescription("Assessors.")
    List<String> performedByIds,
    @Evidence(value = {"6.1.4-2"}, when = "latest assessment of each system in scope (6.1.4/impact-assessment-scope-incomplete)", latestOnly = true)
    @JsonPropertyDescription("Purpose and intended use considered.")
    String purposeAndIntendedUse,
    @Evidence(value = {"6.1.4-2"}, when = "latest assessment of each system in scope (6.1.4/impact-assessment-scope-incomplete)", latestOnly = true)
    @JsonPropertyDescription("Reasonably foreseeable misuse considered.")
    List<String> foreseeableMisuse,
    @Evidence(value = {"A.5.4"}, need = Evidence.Need.APPLICABLE, when = "latest assessment when A.5.4 is in force (A.5.4/affected-individuals-not-identified, annex slice)", alsoIn = {"/impactAssessments/*/impacts/*/affected"}, latestOnly = true)
    @JsonPropertyDescription("Individuals and groups affected.")
    List<String> affectedIndividualsAndGroups,
    @Evidence(value = {"A.5.5"}, when = "always: summary flag; the societal consideration is otherwise read from the impacts (A.5.5/societal-impacts-not-considered); absent counts as not considered", absentMeans = "false")
    @JsonPropertyDescription("Whether societal impacts were considered (A.5.5).")
    Boolean societalImpactsConsidered,
    @Evidence(value = {"6.1.4-3"}, when = "latest assessment of each system in scope (6.1.4/impact-assessment-scope-incomplete)", latestOnly = true)
    @JsonPropertyDescription("Technical context of deployment (6.1.4).")
    String technicalContext,
    @Evidence(value = {"6.1.4-3"}, when = "latest assessment of each system in scope (6.1.4/impact-assessment-scope-incomplete)", latestOnly = true)
    @JsonPropertyDescription("Societal context of deployment (6.1.4).")
    String societalContext,
    @Evidence(value = {"6.1.4-3"}, when = "latest assessment of each system in scope (6.1.4/impact-assessment-scope-incomplete)", latestOnly = true)
    @JsonPropertyDescription("Jurisdictions considered.")
    List<String> jurisdictions,
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "latest assessment when A.5.2 is in force for the system (A.5.2/no-impacts-recorded, annex slice)", alsoIn = {"/impactAssessments/*/documentId"}, latestOnly = true)
    @JsonPropertyDescription("Impacts per category.")
    List<Impact> impacts,
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "latest assessment with impacts that are not positive, annex slice (A.5.2/residual-acceptance-criteria-missing); AI risk criteria covering impacts also hold them", alsoIn = {"/riskCriteria/coversImpacts"}, latestOnly = true)
    @JsonPropertyDescription("Criteria for accepting residual impacts.")
    String residualRiskAcceptanceCriteria,
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "annex slice (A.5.2/emerging-impacts-not-monitored)", latestOnly = true)
    @JsonPropertyDescription("How emerging impacts are monitored.")
    String emergingImpactMonitoring,
    @Informational("absent means the planned impact-assessment interval or the default applies (8.4/impact-assessment-overdue)")
    @JsonPropertyDescription("Next planned review.")
    LocalDate nextReviewDue,
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "when A.5.2 is in force (A.5.2/impact-assessment-not-approved, annex slice)", alsoIn = {"/documents/*/approvedBy"}, latestOnly = true)
    @RefersTo(Person.class) @JsonPropertyDescription("Who approved it.")
    String approvedBy,
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "as approvedBy", alsoIn = {"/documents/*/approvedOn"}, latestOnly = true)
    @JsonPropertyDescription("When.")
    LocalDate approvedOn,
    @Evidence(value = {"6.1.4-4", "8.4-2"}, when = "always: the documented results of each impact assessment (DI-15); a document of that type also holds them", alsoIn = {"/impactAssessments/*/impacts"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the impact assessment report.")
    String documentId,
    @Evidence(value = {"A.5.3"}, need = Evidence.Need.APPLICABLE, when = "annex slice (A.5.3/retention-period-not-defined); a retention period of the assessment's report document also defines it", alsoIn = {"/documents/*/retentionMonths"})
    @JsonPropertyDescription("End of the retention period (A.5.3).")
    LocalDate retainUntil,
    @Evidence(value = {"A.5.4"}, need = Evidence.Need.APPLICABLE, when = "EU AI Act Art. 27 deployers of high-risk Annex III systems (A.5.4/fundamental-rights-impact-assessment-missing): absent, the assessment is not taken as the fundamental-rights assessment", absentMeans = "false")
    @JsonPropertyDescription("Whether it serves as the EU AI Act Art. 27 fundamental-rights impact assessment.")
    Boolean fundamentalRightsAssessment,
    @Informational("6.1.4 makes sharing optional (\"can\")")
    @JsonPropertyDescription("Whether results were shared with interested parties.")
    Boolean sharedWithInterestedParties) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public ImpactAssessment {
    performedByIds = ModelLists.copy(performedByIds, "performedByIds");
    foreseeableMisuse = ModelLists.copy(foreseeableMisuse, "foreseeableMisuse");
    affectedIndividualsAndGroups = ModelLists.copy(affectedIndividualsAndGroups, "affectedIndividualsAndGroups");
    jurisdictions = ModelLists.copy(jurisdictions, "jurisdictions");
    impacts = ModelLists.copy(impacts, "impacts");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ImpactAssessmentBuilder builder() {
    return ImpactAssessmentBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ImpactAssessmentBuilder toBuilder() {
    return ImpactAssessmentBuilder.builder(this);
  }
}
