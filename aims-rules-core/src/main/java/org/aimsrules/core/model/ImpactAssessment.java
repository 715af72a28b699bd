package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * An AI system impact assessment (6.1.4, 8.4, A.5).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param aiSystemId Assessed AI system.
 * @param status Status.
 * @param performedOn When it was completed.
 * @param trigger Why it was performed.
 * @param performedByIds Assessors.
 * @param purposeAndIntendedUse Purpose and intended use considered.
 * @param foreseeableMisuse Reasonably foreseeable misuse considered.
 * @param affectedIndividualsAndGroups Individuals and groups affected.
 * @param societalImpactsConsidered Whether societal impacts were considered (A.5.5).
 * @param technicalContext Technical context of deployment (6.1.4).
 * @param societalContext Societal context of deployment (6.1.4).
 * @param jurisdictions Jurisdictions considered.
 * @param impacts Impacts per category.
 * @param residualRiskAcceptanceCriteria Criteria for accepting residual impacts.
 * @param emergingImpactMonitoring How emerging impacts are monitored.
 * @param nextReviewDue Next planned review.
 * @param approvedBy Who approved it.
 * @param approvedOn When.
 * @param documentId Id of the impact assessment report.
 * @param retainUntil End of the retention period (A.5.3).
 * @param fundamentalRightsAssessment Whether it serves as the EU AI Act Art. 27 fundamental-rights
 * impact assessment.
 * @param sharedWithInterestedParties Whether results were shared with interested parties.
 */
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
    b.aiSystemId = aiSystemId;
    b.status = status;
    b.performedOn = performedOn;
    b.trigger = trigger;
    b.performedByIds = performedByIds;
    b.purposeAndIntendedUse = purposeAndIntendedUse;
    b.foreseeableMisuse = foreseeableMisuse;
    b.affectedIndividualsAndGroups = affectedIndividualsAndGroups;
    b.societalImpactsConsidered = societalImpactsConsidered;
    b.technicalContext = technicalContext;
    b.societalContext = societalContext;
    b.jurisdictions = jurisdictions;
    b.impacts = impacts;
    b.residualRiskAcceptanceCriteria = residualRiskAcceptanceCriteria;
    b.emergingImpactMonitoring = emergingImpactMonitoring;
    b.nextReviewDue = nextReviewDue;
    b.approvedBy = approvedBy;
    b.approvedOn = approvedOn;
    b.documentId = documentId;
    b.retainUntil = retainUntil;
    b.fundamentalRightsAssessment = fundamentalRightsAssessment;
    b.sharedWithInterestedParties = sharedWithInterestedParties;
    return b;
  }

  /** Builder for {@link ImpactAssessment}. */
  public static final class Builder {
    private String id;
    private String aiSystemId;
    private AssessmentStatus status;
    private LocalDate performedOn;
    private AssessmentTrigger trigger;
    private List<String> performedByIds;
    private String purposeAndIntendedUse;
    private List<String> foreseeableMisuse;
    private List<String> affectedIndividualsAndGroups;
    private Boolean societalImpactsConsidered;
    private String technicalContext;
    private String societalContext;
    private List<String> jurisdictions;
    private List<Impact> impacts;
    private String residualRiskAcceptanceCriteria;
    private String emergingImpactMonitoring;
    private LocalDate nextReviewDue;
    private String approvedBy;
    private LocalDate approvedOn;
    private String documentId;
    private LocalDate retainUntil;
    private Boolean fundamentalRightsAssessment;
    private Boolean sharedWithInterestedParties;

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
     * Sets {@code aiSystemId}.
     *
     * @param value assessed AI system.
     * @return this builder
     */
    public Builder aiSystemId(String value) {
      this.aiSystemId = value;
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
     * Sets {@code purposeAndIntendedUse}.
     *
     * @param value purpose and intended use considered.
     * @return this builder
     */
    public Builder purposeAndIntendedUse(String value) {
      this.purposeAndIntendedUse = value;
      return this;
    }

    /**
     * Sets {@code foreseeableMisuse}.
     *
     * @param value reasonably foreseeable misuse considered.
     * @return this builder
     */
    public Builder foreseeableMisuse(List<String> value) {
      this.foreseeableMisuse = value;
      return this;
    }

    /**
     * Sets {@code affectedIndividualsAndGroups}.
     *
     * @param value individuals and groups affected.
     * @return this builder
     */
    public Builder affectedIndividualsAndGroups(List<String> value) {
      this.affectedIndividualsAndGroups = value;
      return this;
    }

    /**
     * Sets {@code societalImpactsConsidered}.
     *
     * @param value whether societal impacts were considered (A.5.5).
     * @return this builder
     */
    public Builder societalImpactsConsidered(Boolean value) {
      this.societalImpactsConsidered = value;
      return this;
    }

    /**
     * Sets {@code technicalContext}.
     *
     * @param value technical context of deployment (6.1.4).
     * @return this builder
     */
    public Builder technicalContext(String value) {
      this.technicalContext = value;
      return this;
    }

    /**
     * Sets {@code societalContext}.
     *
     * @param value societal context of deployment (6.1.4).
     * @return this builder
     */
    public Builder societalContext(String value) {
      this.societalContext = value;
      return this;
    }

    /**
     * Sets {@code jurisdictions}.
     *
     * @param value jurisdictions considered.
     * @return this builder
     */
    public Builder jurisdictions(List<String> value) {
      this.jurisdictions = value;
      return this;
    }

    /**
     * Sets {@code impacts}.
     *
     * @param value impacts per category.
     * @return this builder
     */
    public Builder impacts(List<Impact> value) {
      this.impacts = value;
      return this;
    }

    /**
     * Sets {@code residualRiskAcceptanceCriteria}.
     *
     * @param value criteria for accepting residual impacts.
     * @return this builder
     */
    public Builder residualRiskAcceptanceCriteria(String value) {
      this.residualRiskAcceptanceCriteria = value;
      return this;
    }

    /**
     * Sets {@code emergingImpactMonitoring}.
     *
     * @param value how emerging impacts are monitored.
     * @return this builder
     */
    public Builder emergingImpactMonitoring(String value) {
      this.emergingImpactMonitoring = value;
      return this;
    }

    /**
     * Sets {@code nextReviewDue}.
     *
     * @param value next planned review.
     * @return this builder
     */
    public Builder nextReviewDue(LocalDate value) {
      this.nextReviewDue = value;
      return this;
    }

    /**
     * Sets {@code approvedBy}.
     *
     * @param value who approved it.
     * @return this builder
     */
    public Builder approvedBy(String value) {
      this.approvedBy = value;
      return this;
    }

    /**
     * Sets {@code approvedOn}.
     *
     * @param value when.
     * @return this builder
     */
    public Builder approvedOn(LocalDate value) {
      this.approvedOn = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the impact assessment report.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code retainUntil}.
     *
     * @param value end of the retention period (A.5.3).
     * @return this builder
     */
    public Builder retainUntil(LocalDate value) {
      this.retainUntil = value;
      return this;
    }

    /**
     * Sets {@code fundamentalRightsAssessment}.
     *
     * @param value whether it serves as the EU AI Act Art. 27 fundamental-rights impact assessment.
     * @return this builder
     */
    public Builder fundamentalRightsAssessment(Boolean value) {
      this.fundamentalRightsAssessment = value;
      return this;
    }

    /**
     * Sets {@code sharedWithInterestedParties}.
     *
     * @param value whether results were shared with interested parties.
     * @return this builder
     */
    public Builder sharedWithInterestedParties(Boolean value) {
      this.sharedWithInterestedParties = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ImpactAssessment build() {
      return new ImpactAssessment(id, aiSystemId, status, performedOn, trigger, performedByIds, purposeAndIntendedUse, foreseeableMisuse, affectedIndividualsAndGroups, societalImpactsConsidered, technicalContext, societalContext, jurisdictions, impacts, residualRiskAcceptanceCriteria, emergingImpactMonitoring, nextReviewDue, approvedBy, approvedOn, documentId, retainUntil, fundamentalRightsAssessment, sharedWithInterestedParties);
    }
  }
}
