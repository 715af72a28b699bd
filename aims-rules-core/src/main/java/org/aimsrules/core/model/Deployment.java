package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Deployment of an AI system (A.6.2.5).
 */
@RecordBuilder
public record Deployment(
    @Evidence(value = {"A.6.2.5"}, need = Evidence.Need.APPLICABLE, when = "The developed system is deployed or in use.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the deployment plan.")
    String planDocumentId,
    @Evidence(value = {"A.6.2.5"}, need = Evidence.Need.APPLICABLE, when = "The developed system is in use or deployed on a past date.", alsoIn = {"/aiSystems/*/verificationAndValidation/passed"})
    @JsonPropertyDescription("Whether release criteria were verified before deployment.")
    Boolean releaseCriteriaMet,
    @Informational("No rule requires a named approver of the release.")
    @RefersTo(Person.class) @JsonPropertyDescription("Who approved the release.")
    String approvedBy,
    @Informational("Date input (release check, FRIA timing); the stage says whether the system is deployed.")
    @JsonPropertyDescription("When it was deployed.")
    LocalDate deployedOn) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static DeploymentBuilder builder() {
    return DeploymentBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public DeploymentBuilder toBuilder() {
    return DeploymentBuilder.builder(this);
  }
}
