package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Incident communication arrangements (A.8.4).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static IncidentManagementBuilder builder() {
    return IncidentManagementBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public IncidentManagementBuilder toBuilder() {
    return IncidentManagementBuilder.builder(this);
  }
}
