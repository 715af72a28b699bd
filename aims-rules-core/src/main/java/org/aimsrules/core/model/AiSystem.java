package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * An AI system in the inventory.
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param name Name.
 * @param description Description.
 * @param intendedPurpose Intended purpose (4.1).
 * @param domain Application domain and context (6.1.1).
 * @param lifecycleStage Current life-cycle stage.
 * @param organizationRoles The organization's roles for this system (4.1).
 * @param ownerId Accountable owner.
 * @param usesPersonalData Whether it processes personal data.
 * @param usesSpecialCategoryData Whether it processes special categories of personal data.
 * @param affectedGroups Groups of people it affects.
 * @param affectsVulnerableGroups Whether it affects vulnerable groups (children, elderly, persons
 * with disabilities, ...).
 * @param automationLevel How far its decisions are automated.
 * @param humanOversight Human oversight.
 * @param euAiAct EU AI Act classification and evidence.
 * @param eventLogging Event logging (A.6.2.8).
 * @param technicalDocumentation Technical documentation per audience (A.6.2.7).
 * @param requirementsDocumentId Id of the requirements and specification (A.6.2.2).
 * @param designDocumentId Id of the design and development documentation (A.6.2.3).
 * @param verificationAndValidation Verification and validation (A.6.2.4).
 * @param deployment Deployment (A.6.2.5).
 * @param operation Operation and monitoring (A.6.2.6).
 * @param resourceDocumentation Resource documentation (A.4).
 * @param thirdPartyComponents Third-party components.
 * @param userInformation Information for users (A.8.2).
 * @param responsibleUse Use according to intended use (A.9.4).
 * @param lastSignificantChangeOn Date of the last significant change.
 * @param capabilities What the system does that the EU AI Act prohibitions turn on (fact model 1.1).
 * @param deploymentContexts Where or for whom the system is deployed (fact model 1.1).
 */
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
    b.name = name;
    b.description = description;
    b.intendedPurpose = intendedPurpose;
    b.domain = domain;
    b.lifecycleStage = lifecycleStage;
    b.organizationRoles = organizationRoles;
    b.ownerId = ownerId;
    b.usesPersonalData = usesPersonalData;
    b.usesSpecialCategoryData = usesSpecialCategoryData;
    b.affectedGroups = affectedGroups;
    b.affectsVulnerableGroups = affectsVulnerableGroups;
    b.automationLevel = automationLevel;
    b.humanOversight = humanOversight;
    b.euAiAct = euAiAct;
    b.eventLogging = eventLogging;
    b.technicalDocumentation = technicalDocumentation;
    b.requirementsDocumentId = requirementsDocumentId;
    b.designDocumentId = designDocumentId;
    b.verificationAndValidation = verificationAndValidation;
    b.deployment = deployment;
    b.operation = operation;
    b.resourceDocumentation = resourceDocumentation;
    b.thirdPartyComponents = thirdPartyComponents;
    b.userInformation = userInformation;
    b.responsibleUse = responsibleUse;
    b.lastSignificantChangeOn = lastSignificantChangeOn;
    b.capabilities = capabilities;
    b.deploymentContexts = deploymentContexts;
    return b;
  }

  /** Builder for {@link AiSystem}. */
  public static final class Builder {
    private String id;
    private String name;
    private String description;
    private String intendedPurpose;
    private String domain;
    private LifecycleStage lifecycleStage;
    private List<AiRole> organizationRoles;
    private String ownerId;
    private Boolean usesPersonalData;
    private Boolean usesSpecialCategoryData;
    private List<String> affectedGroups;
    private Boolean affectsVulnerableGroups;
    private AutomationLevel automationLevel;
    private HumanOversight humanOversight;
    private EuAiActProfile euAiAct;
    private EventLogging eventLogging;
    private List<TechnicalDocumentation> technicalDocumentation;
    private String requirementsDocumentId;
    private String designDocumentId;
    private VerificationValidation verificationAndValidation;
    private Deployment deployment;
    private OperationMonitoring operation;
    private ResourceDocumentation resourceDocumentation;
    private List<ThirdPartyComponent> thirdPartyComponents;
    private UserInformation userInformation;
    private ResponsibleUse responsibleUse;
    private LocalDate lastSignificantChangeOn;
    private List<AiCapability> capabilities;
    private List<DeploymentContext> deploymentContexts;

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
     * Sets {@code name}.
     *
     * @param value name.
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param value description.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code intendedPurpose}.
     *
     * @param value intended purpose (4.1).
     * @return this builder
     */
    public Builder intendedPurpose(String value) {
      this.intendedPurpose = value;
      return this;
    }

    /**
     * Sets {@code domain}.
     *
     * @param value application domain and context (6.1.1).
     * @return this builder
     */
    public Builder domain(String value) {
      this.domain = value;
      return this;
    }

    /**
     * Sets {@code lifecycleStage}.
     *
     * @param value current life-cycle stage.
     * @return this builder
     */
    public Builder lifecycleStage(LifecycleStage value) {
      this.lifecycleStage = value;
      return this;
    }

    /**
     * Sets {@code organizationRoles}.
     *
     * @param value the organization's roles for this system (4.1).
     * @return this builder
     */
    public Builder organizationRoles(List<AiRole> value) {
      this.organizationRoles = value;
      return this;
    }

    /**
     * Sets {@code ownerId}.
     *
     * @param value accountable owner.
     * @return this builder
     */
    public Builder ownerId(String value) {
      this.ownerId = value;
      return this;
    }

    /**
     * Sets {@code usesPersonalData}.
     *
     * @param value whether it processes personal data.
     * @return this builder
     */
    public Builder usesPersonalData(Boolean value) {
      this.usesPersonalData = value;
      return this;
    }

    /**
     * Sets {@code usesSpecialCategoryData}.
     *
     * @param value whether it processes special categories of personal data.
     * @return this builder
     */
    public Builder usesSpecialCategoryData(Boolean value) {
      this.usesSpecialCategoryData = value;
      return this;
    }

    /**
     * Sets {@code affectedGroups}.
     *
     * @param value groups of people it affects.
     * @return this builder
     */
    public Builder affectedGroups(List<String> value) {
      this.affectedGroups = value;
      return this;
    }

    /**
     * Sets {@code affectsVulnerableGroups}.
     *
     * @param value whether it affects vulnerable groups (children, elderly, persons with disabilities, ...).
     * @return this builder
     */
    public Builder affectsVulnerableGroups(Boolean value) {
      this.affectsVulnerableGroups = value;
      return this;
    }

    /**
     * Sets {@code automationLevel}.
     *
     * @param value how far its decisions are automated.
     * @return this builder
     */
    public Builder automationLevel(AutomationLevel value) {
      this.automationLevel = value;
      return this;
    }

    /**
     * Sets {@code humanOversight}.
     *
     * @param value human oversight.
     * @return this builder
     */
    public Builder humanOversight(HumanOversight value) {
      this.humanOversight = value;
      return this;
    }

    /**
     * Sets {@code euAiAct}.
     *
     * @param value eU AI Act classification and evidence.
     * @return this builder
     */
    public Builder euAiAct(EuAiActProfile value) {
      this.euAiAct = value;
      return this;
    }

    /**
     * Sets {@code eventLogging}.
     *
     * @param value event logging (A.6.2.8).
     * @return this builder
     */
    public Builder eventLogging(EventLogging value) {
      this.eventLogging = value;
      return this;
    }

    /**
     * Sets {@code technicalDocumentation}.
     *
     * @param value technical documentation per audience (A.6.2.7).
     * @return this builder
     */
    public Builder technicalDocumentation(List<TechnicalDocumentation> value) {
      this.technicalDocumentation = value;
      return this;
    }

    /**
     * Sets {@code requirementsDocumentId}.
     *
     * @param value id of the requirements and specification (A.6.2.2).
     * @return this builder
     */
    public Builder requirementsDocumentId(String value) {
      this.requirementsDocumentId = value;
      return this;
    }

    /**
     * Sets {@code designDocumentId}.
     *
     * @param value id of the design and development documentation (A.6.2.3).
     * @return this builder
     */
    public Builder designDocumentId(String value) {
      this.designDocumentId = value;
      return this;
    }

    /**
     * Sets {@code verificationAndValidation}.
     *
     * @param value verification and validation (A.6.2.4).
     * @return this builder
     */
    public Builder verificationAndValidation(VerificationValidation value) {
      this.verificationAndValidation = value;
      return this;
    }

    /**
     * Sets {@code deployment}.
     *
     * @param value deployment (A.6.2.5).
     * @return this builder
     */
    public Builder deployment(Deployment value) {
      this.deployment = value;
      return this;
    }

    /**
     * Sets {@code operation}.
     *
     * @param value operation and monitoring (A.6.2.6).
     * @return this builder
     */
    public Builder operation(OperationMonitoring value) {
      this.operation = value;
      return this;
    }

    /**
     * Sets {@code resourceDocumentation}.
     *
     * @param value resource documentation (A.4).
     * @return this builder
     */
    public Builder resourceDocumentation(ResourceDocumentation value) {
      this.resourceDocumentation = value;
      return this;
    }

    /**
     * Sets {@code thirdPartyComponents}.
     *
     * @param value third-party components.
     * @return this builder
     */
    public Builder thirdPartyComponents(List<ThirdPartyComponent> value) {
      this.thirdPartyComponents = value;
      return this;
    }

    /**
     * Sets {@code userInformation}.
     *
     * @param value information for users (A.8.2).
     * @return this builder
     */
    public Builder userInformation(UserInformation value) {
      this.userInformation = value;
      return this;
    }

    /**
     * Sets {@code responsibleUse}.
     *
     * @param value use according to intended use (A.9.4).
     * @return this builder
     */
    public Builder responsibleUse(ResponsibleUse value) {
      this.responsibleUse = value;
      return this;
    }

    /**
     * Sets {@code lastSignificantChangeOn}.
     *
     * @param value date of the last significant change.
     * @return this builder
     */
    public Builder lastSignificantChangeOn(LocalDate value) {
      this.lastSignificantChangeOn = value;
      return this;
    }

    /**
     * Sets {@code capabilities}.
     *
     * @param value what the system does that the EU AI Act prohibitions turn on (fact model 1.1).
     * @return this builder
     */
    public Builder capabilities(List<AiCapability> value) {
      this.capabilities = value;
      return this;
    }

    /**
     * Sets {@code deploymentContexts}.
     *
     * @param value where or for whom the system is deployed (fact model 1.1).
     * @return this builder
     */
    public Builder deploymentContexts(List<DeploymentContext> value) {
      this.deploymentContexts = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public AiSystem build() {
      return new AiSystem(id, name, description, intendedPurpose, domain, lifecycleStage, organizationRoles, ownerId, usesPersonalData, usesSpecialCategoryData, affectedGroups, affectsVulnerableGroups, automationLevel, humanOversight, euAiAct, eventLogging, technicalDocumentation, requirementsDocumentId, designDocumentId, verificationAndValidation, deployment, operation, resourceDocumentation, thirdPartyComponents, userInformation, responsibleUse, lastSignificantChangeOn, capabilities, deploymentContexts);
    }
  }
}
