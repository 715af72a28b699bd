package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * The organization whose AI management system is evaluated (4.1).
 *
 * @param name Name of the organization.
 * @param sector Business sector, in the organization's words.
 * @param jurisdictions Jurisdictions where it develops, provides or uses AI: "EU" for the EU single
 * market, otherwise ISO 3166-1 alpha-2 codes.
 * @param aiRoles Its roles with respect to AI systems (4.1).
 * @param rolesRationale How the roles were determined.
 * @param employees Number of employees.
 * @param certifiedManagementSystems Other management-system certifications it holds.
 * @param certificates Certificates for other management-system standards, with their dates (fact model 1.1).
 */
public record Organization(
    @Identity("a name by which people recognise the record")
    @Required @JsonPropertyDescription("Name of the organization.")
    String name,
    @Informational("no rule reads it; it helps people read the model (business sector, in the organization's words)")
    @JsonPropertyDescription("Business sector, in the organization's words.")
    String sector,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (jurisdictions where it develops, provides or uses AI: \"EU\" for the EU single market, otherwise ISO 3166-1 alpha-2 codes)")
    @JsonPropertyDescription("Jurisdictions where it develops, provides or uses AI: \"EU\" for the EU single market, otherwise ISO 3166-1 alpha-2 codes.")
    List<String> jurisdictions,
    @Evidence(value = {"4.1"}, need = Evidence.Need.APPLICABLE, when = "where 4.1 applies: its roles with respect to AI systems (4.1)")
    @JsonPropertyDescription("Its roles with respect to AI systems (4.1).")
    List<AiRole> aiRoles,
    @Informational("no rule reads it; it helps people read the model (how the roles were determined)")
    @JsonPropertyDescription("How the roles were determined.")
    String rolesRationale,
    @Informational("no rule reads it; it helps people read the model (number of employees)")
    @Minimum(0) @Maximum(10000000) @JsonPropertyDescription("Number of employees.")
    Integer employees,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (other management-system certifications it holds)")
    @JsonPropertyDescription("Other management-system certifications it holds.")
    List<ManagementSystemStandard> certifiedManagementSystems,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (certificates for other management-system standards, with their dates (fact model 1.1))")
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
    b.name = name;
    b.sector = sector;
    b.jurisdictions = jurisdictions;
    b.aiRoles = aiRoles;
    b.rolesRationale = rolesRationale;
    b.employees = employees;
    b.certifiedManagementSystems = certifiedManagementSystems;
    b.certificates = certificates;
    return b;
  }

  /** Builder for {@link Organization}. */
  public static final class Builder {
    private String name;
    private String sector;
    private List<String> jurisdictions;
    private List<AiRole> aiRoles;
    private String rolesRationale;
    private Integer employees;
    private List<ManagementSystemStandard> certifiedManagementSystems;
    private List<ManagementSystemCertificate> certificates;

    private Builder() {}

    /**
     * Sets {@code name}.
     *
     * @param value name of the organization.
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code sector}.
     *
     * @param value business sector, in the organization's words.
     * @return this builder
     */
    public Builder sector(String value) {
      this.sector = value;
      return this;
    }

    /**
     * Sets {@code jurisdictions}.
     *
     * @param value jurisdictions where it develops, provides or uses AI: "EU" for the EU single market, otherwise ISO 3166-1 alpha-2 codes.
     * @return this builder
     */
    public Builder jurisdictions(List<String> value) {
      this.jurisdictions = value;
      return this;
    }

    /**
     * Sets {@code aiRoles}.
     *
     * @param value its roles with respect to AI systems (4.1).
     * @return this builder
     */
    public Builder aiRoles(List<AiRole> value) {
      this.aiRoles = value;
      return this;
    }

    /**
     * Sets {@code rolesRationale}.
     *
     * @param value how the roles were determined.
     * @return this builder
     */
    public Builder rolesRationale(String value) {
      this.rolesRationale = value;
      return this;
    }

    /**
     * Sets {@code employees}.
     *
     * @param value number of employees.
     * @return this builder
     */
    public Builder employees(Integer value) {
      this.employees = value;
      return this;
    }

    /**
     * Sets {@code certifiedManagementSystems}.
     *
     * @param value other management-system certifications it holds.
     * @return this builder
     */
    public Builder certifiedManagementSystems(List<ManagementSystemStandard> value) {
      this.certifiedManagementSystems = value;
      return this;
    }

    /**
     * Sets {@code certificates}.
     *
     * @param value certificates for other management-system standards, with their dates (fact model 1.1).
     * @return this builder
     */
    public Builder certificates(List<ManagementSystemCertificate> value) {
      this.certificates = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Organization build() {
      return new Organization(name, sector, jurisdictions, aiRoles, rolesRationale, employees, certifiedManagementSystems, certificates);
    }
  }
}
