package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * Incident communication arrangements (A.8.4).
 *
 * @param communicationPlanDocumentId Id of the incident communication plan.
 * @param informsUsers Whether the plan covers informing users.
 * @param informsAuthorities Whether the plan covers notifying authorities.
 * @param seriousIncidentProcedure Whether a serious-incident reporting procedure with EU AI Act
 * deadlines exists.
 * @param integratedWithSecurityAndPrivacy Whether it is integrated with security-incident and
 * personal-data-breach processes.
 * @param lastTestedOn When it was last exercised.
 */
public record IncidentManagement(
    @Evidence(value = {"A.8.4"}, need = Evidence.Need.APPLICABLE, when = "A.8.4 applies.", alsoIn = {"/processes/*/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the incident communication plan.")
    String communicationPlanDocumentId,
    @Evidence(value = {"A.8.4"}, need = Evidence.Need.APPLICABLE, when = "A.8.4 applies.")
    @JsonPropertyDescription("Whether the plan covers informing users.")
    Boolean informsUsers,
    @Evidence(value = {"A.8.5"}, need = Evidence.Need.APPLICABLE, when = "A high-risk system is in scope and no reporting obligation names it, or A.8.5 is in force and no obligation is recorded; unstated reads as false.", alsoIn = {"/reportingObligations", "/incidentManagement/seriousIncidentProcedure"}, absentMeans = "false")
    @JsonPropertyDescription("Whether the plan covers notifying authorities.")
    Boolean informsAuthorities,
    @Evidence(value = {"A.8.4"}, need = Evidence.Need.APPLICABLE, when = "A high-risk system is in scope (EU AI Act Art. 73); unstated reads as false, so the check runs.", absentMeans = "false")
    @JsonPropertyDescription("Whether a serious-incident reporting procedure with EU AI Act deadlines exists.")
    Boolean seriousIncidentProcedure,
    @Informational("Annex B guidance; no rule needs it.")
    @JsonPropertyDescription("Whether it is integrated with security-incident and personal-data-breach processes.")
    Boolean integratedWithSecurityAndPrivacy,
    @Informational("Exercise date; no rule needs it.")
    @JsonPropertyDescription("When it was last exercised.")
    LocalDate lastTestedOn) implements AimsFact {

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
    b.communicationPlanDocumentId = communicationPlanDocumentId;
    b.informsUsers = informsUsers;
    b.informsAuthorities = informsAuthorities;
    b.seriousIncidentProcedure = seriousIncidentProcedure;
    b.integratedWithSecurityAndPrivacy = integratedWithSecurityAndPrivacy;
    b.lastTestedOn = lastTestedOn;
    return b;
  }

  /** Builder for {@link IncidentManagement}. */
  public static final class Builder {
    private String communicationPlanDocumentId;
    private Boolean informsUsers;
    private Boolean informsAuthorities;
    private Boolean seriousIncidentProcedure;
    private Boolean integratedWithSecurityAndPrivacy;
    private LocalDate lastTestedOn;

    private Builder() {}

    /**
     * Sets {@code communicationPlanDocumentId}.
     *
     * @param value id of the incident communication plan.
     * @return this builder
     */
    public Builder communicationPlanDocumentId(String value) {
      this.communicationPlanDocumentId = value;
      return this;
    }

    /**
     * Sets {@code informsUsers}.
     *
     * @param value whether the plan covers informing users.
     * @return this builder
     */
    public Builder informsUsers(Boolean value) {
      this.informsUsers = value;
      return this;
    }

    /**
     * Sets {@code informsAuthorities}.
     *
     * @param value whether the plan covers notifying authorities.
     * @return this builder
     */
    public Builder informsAuthorities(Boolean value) {
      this.informsAuthorities = value;
      return this;
    }

    /**
     * Sets {@code seriousIncidentProcedure}.
     *
     * @param value whether a serious-incident reporting procedure with EU AI Act deadlines exists.
     * @return this builder
     */
    public Builder seriousIncidentProcedure(Boolean value) {
      this.seriousIncidentProcedure = value;
      return this;
    }

    /**
     * Sets {@code integratedWithSecurityAndPrivacy}.
     *
     * @param value whether it is integrated with security-incident and personal-data-breach processes.
     * @return this builder
     */
    public Builder integratedWithSecurityAndPrivacy(Boolean value) {
      this.integratedWithSecurityAndPrivacy = value;
      return this;
    }

    /**
     * Sets {@code lastTestedOn}.
     *
     * @param value when it was last exercised.
     * @return this builder
     */
    public Builder lastTestedOn(LocalDate value) {
      this.lastTestedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public IncidentManagement build() {
      return new IncidentManagement(communicationPlanDocumentId, informsUsers, informsAuthorities, seriousIncidentProcedure, integratedWithSecurityAndPrivacy, lastTestedOn);
    }
  }
}
