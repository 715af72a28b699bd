package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * The organization whose AI management system is evaluated (4.1).
 */
@RecordBuilder
public record Organization(
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("Name of the organization.")
    String name,
    @Informational("descriptive")
    @JsonPropertyDescription("Business sector, in the organization's words.")
    String sector,
    @Evidence(value = {"4.1-3"}, when = "always: where the legal requirements come from (observation 4.1/jurisdictions-not-stated); with none stated, every AI system that does not say whether the EU AI Act applies is screened as an EU system and one in scope without an EU AI Act profile raises 4.1/eu-ai-act-profile-missing", alsoIn = {"/aiSystems/*/euAiAct/appliesInEu"})
    @JsonPropertyDescription("Jurisdictions where it develops, provides or uses AI: \"EU\" for the EU single market, otherwise ISO 3166-1 alpha-2 codes.")
    List<String> jurisdictions,
    @Evidence(value = {"4.1-4"}, when = "always: the organization's AI roles must be determined (4.1/organization-ai-roles-not-determined)", alsoIn = {"/aiSystems/*/organizationRoles"})
    @JsonPropertyDescription("Its roles with respect to AI systems (4.1).")
    List<AiRole> aiRoles,
    @Informational("no requirement asks for a rationale of the AI roles; descriptive")
    @JsonPropertyDescription("How the roles were determined.")
    String rolesRationale,
    @Informational("descriptive")
    @Minimum(0) @Maximum(10000000) @JsonPropertyDescription("Number of employees.")
    Integer employees,
    @Informational("input to 5.2/policy-refers-to-no-other-policies (which other policies exist); absence does not make any requirement less strict than the shall (5.2 f asks to consider other policies, which are also read from POLICY documents)")
    @JsonPropertyDescription("Other management-system certifications it holds.")
    List<ManagementSystemStandard> certifiedManagementSystems,
    @Informational("same input as certifiedManagementSystems (the certified standards); descriptive")
    @JsonPropertyDescription("Certificates for other management-system standards, with their dates (fact model 1.1).")
    List<ManagementSystemCertificate> certificates) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public Organization {
    jurisdictions = ModelLists.copy(jurisdictions, "jurisdictions");
    aiRoles = ModelLists.copy(aiRoles, "aiRoles");
    certifiedManagementSystems = ModelLists.copy(certifiedManagementSystems, "certifiedManagementSystems");
    certificates = ModelLists.copy(certificates, "certificates");
  }

  /**
   * Whether the organization states a certification against a standard, in
   * {@code certifiedManagementSystems} or in {@code certificates}.
   *
   * @param standard the standard
   * @return true when either place names it
   */
  public boolean holdsCertification(ManagementSystemStandard standard) {
    return certifiedManagementSystems.contains(standard)
        || certificates.stream().anyMatch(c -> c.standard() == standard);
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static OrganizationBuilder builder() {
    return OrganizationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public OrganizationBuilder toBuilder() {
    return OrganizationBuilder.builder(this);
  }
}
