package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * EU AI Act classification and evidence for an AI system.
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static EuAiActProfileBuilder builder() {
    return EuAiActProfileBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public EuAiActProfileBuilder toBuilder() {
    return EuAiActProfileBuilder.builder(this);
  }
}
