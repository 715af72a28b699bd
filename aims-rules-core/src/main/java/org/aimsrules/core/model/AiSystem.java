package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * An AI system in the inventory.
 */
@RecordBuilder
public record AiSystem(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("Display name; required by the reader.")
    @Required @JsonPropertyDescription("Name.")
    String name,
    @Informational("Descriptive text; no control asks for it.")
    @JsonPropertyDescription("Description.")
    String description,
    @Evidence(value = {"4.1"}, when = "whenever the record is present: intended purpose (4.1)")
    @JsonPropertyDescription("Intended purpose (4.1).")
    String intendedPurpose,
    @Evidence(value = {"6.1.1"}, when = "whenever the record is present: application domain and context (6.1.1)")
    @JsonPropertyDescription("Application domain and context (6.1.1).")
    String domain,
    @Informational("Input to stage-dependent checks; an unstated stage is treated as in use (fail closed), so deleting it raises the in-use findings rather than silencing them.")
    @JsonPropertyDescription("Current life-cycle stage.")
    LifecycleStage lifecycleStage,
    @Evidence(value = {"4.1"}, when = "whenever the record is present: the organization's roles for the system (4.1/ai-system-role-not-determined); absent, the organization's AI roles, else every role, are assumed for the role-dependent checks")
    @JsonPropertyDescription("The organization's roles for this system (4.1).")
    List<AiRole> organizationRoles,
    @Informational("No Annex A control asks for a per-system owner (roles are A.3.2 at organization level).")
    @RefersTo(Person.class) @JsonPropertyDescription("Accountable owner.")
    String ownerId,
    @Informational("Applicability input (A.2.3, A.7.x); the same fact is read from the data resources' containsPersonalData.")
    @JsonPropertyDescription("Whether it processes personal data.")
    Boolean usesPersonalData,
    @Informational("Descriptive; no rule of these groups needs it.")
    @JsonPropertyDescription("Whether it processes special categories of personal data.")
    Boolean usesSpecialCategoryData,
    @Informational("Applicability input for A.8.3/A.8.4 per system; both controls also apply organization-wide for providers; impacts are assessed under 6.1.4.")
    @JsonPropertyDescription("Groups of people it affects.")
    List<String> affectedGroups,
    @Informational("Input to impact assessment (clause 6.1.4 group); no Annex A rule needs it.")
    @JsonPropertyDescription("Whether it affects vulnerable groups (children, elderly, persons with disabilities, ...).")
    Boolean affectsVulnerableGroups,
    @Informational("Input to A.3.2 role-area derivation; oversight itself is the evidence (humanOversight).")
    @JsonPropertyDescription("How far its decisions are automated.")
    AutomationLevel automationLevel,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is high-risk under the EU AI Act and deployed or in use (MINOR, A.6.2.6/high-risk-oversight-missing; observation before the Annex III/I date); for other systems in use only an observation (A.6.2.6/human-oversight-not-defined, good practice).")
    @JsonPropertyDescription("Human oversight.")
    HumanOversight humanOversight,
    @Evidence(value = {"4.1"}, need = Evidence.Need.APPLICABLE, when = "The EU AI Act applies to the system (appliesInEu, or EU among the jurisdictions, or jurisdictions unknown); without a profile the system is also held to the high-risk bar.")
    @JsonPropertyDescription("EU AI Act classification and evidence.")
    EuAiActProfile euAiAct,
    @Evidence(value = {"A.6.2.8"}, need = Evidence.Need.APPLICABLE, when = "A.6.2.8 applies to the system (developed by the organization, or high-risk) and it is in use.")
    @JsonPropertyDescription("Event logging (A.6.2.8).")
    EventLogging eventLogging,
    @Evidence(value = {"A.6.2.7"}, need = Evidence.Need.APPLICABLE, when = "The organization provides the system to others (provider role or a customer) and it is deployed or in use; for high-risk systems it develops, documentation for authorities too.", alsoIn = {"/aiSystems/*/userInformation/documentId"})
    @JsonPropertyDescription("Technical documentation per audience (A.6.2.7).")
    List<TechnicalDocumentation> technicalDocumentation,
    @Evidence(value = {"A.6.2.2"}, need = Evidence.Need.APPLICABLE, when = "The organization develops the system and it is past inception (stage unknown counts).")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the requirements and specification (A.6.2.2).")
    String requirementsDocumentId,
    @Evidence(value = {"A.6.2.3"}, need = Evidence.Need.APPLICABLE, when = "The organization develops the system and it is at verification or later (stage unknown counts).")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the design and development documentation (A.6.2.3).")
    String designDocumentId,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "The organization develops the system and it is at verification and validation or later.")
    @JsonPropertyDescription("Verification and validation (A.6.2.4).")
    VerificationValidation verificationAndValidation,
    @Evidence(value = {"A.6.2.5"}, need = Evidence.Need.APPLICABLE, when = "The organization develops the system and it is deployed or in use.")
    @JsonPropertyDescription("Deployment (A.6.2.5).")
    Deployment deployment,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "A.6.2.6 applies to the system (developed, in use, or high-risk) and it is deployed or in use.")
    @JsonPropertyDescription("Operation and monitoring (A.6.2.6).")
    OperationMonitoring operation,
    @Evidence(value = {"A.4.2"}, need = Evidence.Need.APPLICABLE, when = "The system is in scope and past inception.", alsoIn = {"/resources/*/documentId"})
    @JsonPropertyDescription("Resource documentation (A.4).")
    ResourceDocumentation resourceDocumentation,
    @Informational("Inputs to A.4.3 (datasets) and A.10.3 (component suppliers) derivations; no control asks for a component list itself.")
    @JsonPropertyDescription("Third-party components.")
    List<ThirdPartyComponent> thirdPartyComponents,
    @Evidence(value = {"A.8.2"}, need = Evidence.Need.APPLICABLE, when = "A.8.2 applies to the system (provided to others, customers, people interact with it) and it is deployed or in use.", alsoIn = {"/aiSystems/*/technicalDocumentation/*/documentId"})
    @JsonPropertyDescription("Information for users (A.8.2).")
    UserInformation userInformation,
    @Evidence(value = {"A.9.4"}, need = Evidence.Need.APPLICABLE, when = "The organization uses the system (AI customer role, stated or assumed) and it is deployed or in use.", alsoIn = {"/aiSystems/*/technicalDocumentation/*/documentId"})
    @JsonPropertyDescription("Use according to intended use (A.9.4).")
    ResponsibleUse responsibleUse,
    @Evidence(value = {"8.2-1", "8.4-1"}, when = "systems in scope that are deployed or later: without it (and without a significant change record naming the system) whether reassessment after a change was due is unknown (8.2/significant-change-date-not-recorded, observation)", alsoIn = {"/changes/*/significant"})
    @JsonPropertyDescription("Date of the last significant change.")
    LocalDate lastSignificantChangeOn,
    @Informational("Inputs to reading prohibited practices; the organization's own screening (euAiAct.prohibitedPracticeScreening) is the evidence and is checked.")
    @JsonPropertyDescription("What the system does that the EU AI Act prohibitions turn on (fact model 1.1).")
    List<AiCapability> capabilities,
    @Informational("Inputs to reading prohibited practices (with capabilities); the screening is the evidence.")
    @JsonPropertyDescription("Where or for whom the system is deployed (fact model 1.1).")
    List<DeploymentContext> deploymentContexts) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public AiSystem {
    organizationRoles = ModelLists.copy(organizationRoles, "organizationRoles");
    affectedGroups = ModelLists.copy(affectedGroups, "affectedGroups");
    technicalDocumentation = ModelLists.copy(technicalDocumentation, "technicalDocumentation");
    thirdPartyComponents = ModelLists.copy(thirdPartyComponents, "thirdPartyComponents");
    capabilities = ModelLists.copy(capabilities, "capabilities");
    deploymentContexts = ModelLists.copy(deploymentContexts, "deploymentContexts");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static AiSystemBuilder builder() {
    return AiSystemBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public AiSystemBuilder toBuilder() {
    return AiSystemBuilder.builder(this);
  }
}
