package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * EU AI Act classification and evidence for an AI system.
 *
 * @param appliesInEu Whether the system is placed on the EU market or used in the EU; when absent,
 * derived from the organization's jurisdictions.
 * @param prohibitedPracticeScreening Art. 5 screening.
 * @param annexIiiArea Annex III area, or NONE.
 * @param annexIProductSafetyComponent Whether it is a safety component of, or is, a product under
 * Annex I legislation needing third-party conformity assessment (Art. 6(1)).
 * @param profilesNaturalPersons Whether it profiles natural persons (never eligible for the Art.
 * 6(3) derogation).
 * @param highRiskDerogation Art. 6(3) derogation, if claimed.
 * @param declaredRiskClass Risk class the organization determined.
 * @param classificationDocumentId Id of the documented classification.
 * @param classifiedOn When it was classified.
 * @param transparencyDuties Art. 50 duties that apply.
 * @param transparencyMeasures Art. 50 duties for which measures are implemented.
 * @param gpaiModel Whether the organization provides a general-purpose AI model in this system.
 * @param gpai GPAI evidence.
 * @param fundamentalRightsImpactAssessmentId Fundamental-rights impact assessment (Art. 27).
 * @param deployerIsPublicBodyOrPublicService Whether the organization deploys it as a public body
 * or a provider of public services (Art. 27).
 * @param postMarketMonitoringPlanId Id of the post-market monitoring plan (Art. 72).
 * @param qualityManagementSystemId Id of the quality management system documentation (Art. 17).
 * @param conformityAssessedOn When the conformity assessment was completed (Art. 43).
 * @param registeredInEuDatabase Whether the system is registered in the EU database (Art. 49).
 */
public record EuAiActProfile(
    @Informational("Input; without it the organization's jurisdictions decide, and unknown jurisdictions count as EU.")
    @JsonPropertyDescription("Whether the system is placed on the EU market or used in the EU; when absent, derived from the organization's jurisdictions.")
    Boolean appliesInEu,
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "The EU AI Act applies to the system.")
    @JsonPropertyDescription("Art. 5 screening.")
    ProhibitedPracticeScreening prohibitedPracticeScreening,
    @Informational("Classification input; the declared class, which is required, states the outcome.")
    @JsonPropertyDescription("Annex III area, or NONE.")
    AnnexIiiArea annexIiiArea,
    @Informational("Classification input; the declared class states the outcome.")
    @JsonPropertyDescription("Whether it is a safety component of, or is, a product under Annex I legislation needing third-party conformity assessment (Art. 6(1)).")
    Boolean annexIProductSafetyComponent,
    @Informational("Input to the derogation check; only a true value changes the outcome.")
    @JsonPropertyDescription("Whether it profiles natural persons (never eligible for the Art. 6(3) derogation).")
    Boolean profilesNaturalPersons,
    @Informational("A claim; only a present claim changes the outcome.")
    @JsonPropertyDescription("Art. 6(3) derogation, if claimed.")
    HighRiskDerogation highRiskDerogation,
    @Evidence(value = {"4.1-3"}, need = Evidence.Need.APPLICABLE, when = "systems in scope under the EU AI Act (4.1/eu-ai-act-classification-missing; classification-undocumented now fires too when the class is absent)")
    @JsonPropertyDescription("Risk class the organization determined.")
    EuAiActRiskClass declaredRiskClass,
    @Evidence(value = {"4.1"}, need = Evidence.Need.APPLICABLE, when = "The EU AI Act applies to the system (observation: classification not documented).")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the documented classification.")
    String classificationDocumentId,
    @Evidence(value = {"4.1"}, need = Evidence.Need.APPLICABLE, when = "The EU AI Act applies to the system (observation).")
    @JsonPropertyDescription("When it was classified.")
    LocalDate classifiedOn,
    @Evidence(value = {"A.6.2.2"}, need = Evidence.Need.APPLICABLE, when = "The system is classified LIMITED_RISK; when it lists none, every Art. 50 duty is assumed (fail closed).", onlyIf = "declaredRiskClass=LIMITED_RISK")
    @JsonPropertyDescription("Art. 50 duties that apply.")
    List<TransparencyDuty> transparencyDuties,
    @Evidence(value = {"A.8.2"}, need = Evidence.Need.APPLICABLE, when = "The system has (or, limited-risk without a list, is assumed to have) Art. 50 duties and is in service.", alsoIn = {"/aiSystems/*/userInformation/aiInteractionDisclosed"})
    @JsonPropertyDescription("Art. 50 duties for which measures are implemented.")
    List<TransparencyDuty> transparencyMeasures,
    @Informational("Input; only a true value brings the GPAI checks.")
    @JsonPropertyDescription("Whether the organization provides a general-purpose AI model in this system.")
    Boolean gpaiModel,
    @Evidence(value = {"A.6.2.7"}, need = Evidence.Need.APPLICABLE, when = "The system contains a general-purpose AI model the organization provides.", alsoIn = {"/aiSystems/*/technicalDocumentation/*/documentId"}, onlyIf = "gpaiModel=true")
    @JsonPropertyDescription("GPAI evidence.")
    GpaiObligations gpai,
    @Evidence(value = {"A.5.4"}, need = Evidence.Need.APPLICABLE, when = "The organization deploys a high-risk Annex III system where Art. 27 applies.", alsoIn = {"/impactAssessments/*/fundamentalRightsAssessment"})
    @RefersTo(ImpactAssessment.class) @JsonPropertyDescription("Fundamental-rights impact assessment (Art. 27).")
    String fundamentalRightsImpactAssessmentId,
    @Informational("Input to Art. 27 applicability; ESSENTIAL_SERVICES systems need a FRIA whatever it says.")
    @JsonPropertyDescription("Whether the organization deploys it as a public body or a provider of public services (Art. 27).")
    Boolean deployerIsPublicBodyOrPublicService,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The organization provides a high-risk system in service.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the post-market monitoring plan (Art. 72).")
    String postMarketMonitoringPlanId,
    @Evidence(value = {"A.6.1.3"}, need = Evidence.Need.APPLICABLE, when = "The organization provides a high-risk system.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the quality management system documentation (Art. 17).")
    String qualityManagementSystemId,
    @Evidence(value = {"A.6.2.5"}, need = Evidence.Need.APPLICABLE, when = "The organization provides a high-risk system in service.")
    @JsonPropertyDescription("When the conformity assessment was completed (Art. 43).")
    LocalDate conformityAssessedOn,
    @Evidence(value = {"A.8.5"}, need = Evidence.Need.APPLICABLE, when = "The organization provides a high-risk Annex III system (not critical infrastructure) in service.")
    @JsonPropertyDescription("Whether the system is registered in the EU database (Art. 49).")
    Boolean registeredInEuDatabase) {

  /** Normalizes absent lists to empty, immutable lists. */
  public EuAiActProfile {
    transparencyDuties = ModelLists.copy(transparencyDuties, "transparencyDuties");
    transparencyMeasures = ModelLists.copy(transparencyMeasures, "transparencyMeasures");
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
    b.appliesInEu = appliesInEu;
    b.prohibitedPracticeScreening = prohibitedPracticeScreening;
    b.annexIiiArea = annexIiiArea;
    b.annexIProductSafetyComponent = annexIProductSafetyComponent;
    b.profilesNaturalPersons = profilesNaturalPersons;
    b.highRiskDerogation = highRiskDerogation;
    b.declaredRiskClass = declaredRiskClass;
    b.classificationDocumentId = classificationDocumentId;
    b.classifiedOn = classifiedOn;
    b.transparencyDuties = transparencyDuties;
    b.transparencyMeasures = transparencyMeasures;
    b.gpaiModel = gpaiModel;
    b.gpai = gpai;
    b.fundamentalRightsImpactAssessmentId = fundamentalRightsImpactAssessmentId;
    b.deployerIsPublicBodyOrPublicService = deployerIsPublicBodyOrPublicService;
    b.postMarketMonitoringPlanId = postMarketMonitoringPlanId;
    b.qualityManagementSystemId = qualityManagementSystemId;
    b.conformityAssessedOn = conformityAssessedOn;
    b.registeredInEuDatabase = registeredInEuDatabase;
    return b;
  }

  /** Builder for {@link EuAiActProfile}. */
  public static final class Builder {
    private Boolean appliesInEu;
    private ProhibitedPracticeScreening prohibitedPracticeScreening;
    private AnnexIiiArea annexIiiArea;
    private Boolean annexIProductSafetyComponent;
    private Boolean profilesNaturalPersons;
    private HighRiskDerogation highRiskDerogation;
    private EuAiActRiskClass declaredRiskClass;
    private String classificationDocumentId;
    private LocalDate classifiedOn;
    private List<TransparencyDuty> transparencyDuties;
    private List<TransparencyDuty> transparencyMeasures;
    private Boolean gpaiModel;
    private GpaiObligations gpai;
    private String fundamentalRightsImpactAssessmentId;
    private Boolean deployerIsPublicBodyOrPublicService;
    private String postMarketMonitoringPlanId;
    private String qualityManagementSystemId;
    private LocalDate conformityAssessedOn;
    private Boolean registeredInEuDatabase;

    private Builder() {}

    /**
     * Sets {@code appliesInEu}.
     *
     * @param value whether the system is placed on the EU market or used in the EU; when absent, derived from the organization's jurisdictions.
     * @return this builder
     */
    public Builder appliesInEu(Boolean value) {
      this.appliesInEu = value;
      return this;
    }

    /**
     * Sets {@code prohibitedPracticeScreening}.
     *
     * @param value art. 5 screening.
     * @return this builder
     */
    public Builder prohibitedPracticeScreening(ProhibitedPracticeScreening value) {
      this.prohibitedPracticeScreening = value;
      return this;
    }

    /**
     * Sets {@code annexIiiArea}.
     *
     * @param value annex III area, or NONE.
     * @return this builder
     */
    public Builder annexIiiArea(AnnexIiiArea value) {
      this.annexIiiArea = value;
      return this;
    }

    /**
     * Sets {@code annexIProductSafetyComponent}.
     *
     * @param value whether it is a safety component of, or is, a product under Annex I legislation needing third-party conformity assessment (Art. 6(1)).
     * @return this builder
     */
    public Builder annexIProductSafetyComponent(Boolean value) {
      this.annexIProductSafetyComponent = value;
      return this;
    }

    /**
     * Sets {@code profilesNaturalPersons}.
     *
     * @param value whether it profiles natural persons (never eligible for the Art. 6(3) derogation).
     * @return this builder
     */
    public Builder profilesNaturalPersons(Boolean value) {
      this.profilesNaturalPersons = value;
      return this;
    }

    /**
     * Sets {@code highRiskDerogation}.
     *
     * @param value art. 6(3) derogation, if claimed.
     * @return this builder
     */
    public Builder highRiskDerogation(HighRiskDerogation value) {
      this.highRiskDerogation = value;
      return this;
    }

    /**
     * Sets {@code declaredRiskClass}.
     *
     * @param value risk class the organization determined.
     * @return this builder
     */
    public Builder declaredRiskClass(EuAiActRiskClass value) {
      this.declaredRiskClass = value;
      return this;
    }

    /**
     * Sets {@code classificationDocumentId}.
     *
     * @param value id of the documented classification.
     * @return this builder
     */
    public Builder classificationDocumentId(String value) {
      this.classificationDocumentId = value;
      return this;
    }

    /**
     * Sets {@code classifiedOn}.
     *
     * @param value when it was classified.
     * @return this builder
     */
    public Builder classifiedOn(LocalDate value) {
      this.classifiedOn = value;
      return this;
    }

    /**
     * Sets {@code transparencyDuties}.
     *
     * @param value art. 50 duties that apply.
     * @return this builder
     */
    public Builder transparencyDuties(List<TransparencyDuty> value) {
      this.transparencyDuties = value;
      return this;
    }

    /**
     * Sets {@code transparencyMeasures}.
     *
     * @param value art. 50 duties for which measures are implemented.
     * @return this builder
     */
    public Builder transparencyMeasures(List<TransparencyDuty> value) {
      this.transparencyMeasures = value;
      return this;
    }

    /**
     * Sets {@code gpaiModel}.
     *
     * @param value whether the organization provides a general-purpose AI model in this system.
     * @return this builder
     */
    public Builder gpaiModel(Boolean value) {
      this.gpaiModel = value;
      return this;
    }

    /**
     * Sets {@code gpai}.
     *
     * @param value gPAI evidence.
     * @return this builder
     */
    public Builder gpai(GpaiObligations value) {
      this.gpai = value;
      return this;
    }

    /**
     * Sets {@code fundamentalRightsImpactAssessmentId}.
     *
     * @param value fundamental-rights impact assessment (Art. 27).
     * @return this builder
     */
    public Builder fundamentalRightsImpactAssessmentId(String value) {
      this.fundamentalRightsImpactAssessmentId = value;
      return this;
    }

    /**
     * Sets {@code deployerIsPublicBodyOrPublicService}.
     *
     * @param value whether the organization deploys it as a public body or a provider of public services (Art. 27).
     * @return this builder
     */
    public Builder deployerIsPublicBodyOrPublicService(Boolean value) {
      this.deployerIsPublicBodyOrPublicService = value;
      return this;
    }

    /**
     * Sets {@code postMarketMonitoringPlanId}.
     *
     * @param value id of the post-market monitoring plan (Art. 72).
     * @return this builder
     */
    public Builder postMarketMonitoringPlanId(String value) {
      this.postMarketMonitoringPlanId = value;
      return this;
    }

    /**
     * Sets {@code qualityManagementSystemId}.
     *
     * @param value id of the quality management system documentation (Art. 17).
     * @return this builder
     */
    public Builder qualityManagementSystemId(String value) {
      this.qualityManagementSystemId = value;
      return this;
    }

    /**
     * Sets {@code conformityAssessedOn}.
     *
     * @param value when the conformity assessment was completed (Art. 43).
     * @return this builder
     */
    public Builder conformityAssessedOn(LocalDate value) {
      this.conformityAssessedOn = value;
      return this;
    }

    /**
     * Sets {@code registeredInEuDatabase}.
     *
     * @param value whether the system is registered in the EU database (Art. 49).
     * @return this builder
     */
    public Builder registeredInEuDatabase(Boolean value) {
      this.registeredInEuDatabase = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public EuAiActProfile build() {
      return new EuAiActProfile(appliesInEu, prohibitedPracticeScreening, annexIiiArea, annexIProductSafetyComponent, profilesNaturalPersons, highRiskDerogation, declaredRiskClass, classificationDocumentId, classifiedOn, transparencyDuties, transparencyMeasures, gpaiModel, gpai, fundamentalRightsImpactAssessmentId, deployerIsPublicBodyOrPublicService, postMarketMonitoringPlanId, qualityManagementSystemId, conformityAssessedOn, registeredInEuDatabase);
    }
  }
}
