package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Verification and validation of an AI system (A.6.2.4).
 */
@RecordBuilder
public record VerificationValidation(
    @Informational("The record's fields (criteria, date, result) are the evidence the rules read; the linked report supports them.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the verification and validation plan and results.")
    String documentId,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "The system is developed and at verification or later.", alsoIn = {"/aiSystems/*/verificationAndValidation/passed"})
    @JsonPropertyDescription("Whether acceptance criteria are defined.")
    Boolean criteriaDefined,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "The developed system is deployed or in use.", alsoIn = {"/aiSystems/*/verificationAndValidation/passed"})
    @JsonPropertyDescription("When verification and validation was last performed.")
    LocalDate performedOn,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "The developed system is deployed or in use.")
    @JsonPropertyDescription("Whether the system met its criteria.")
    Boolean passed,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "Verification was performed (observation when not shown).")
    @JsonPropertyDescription("Whether test data represents the intended domain.")
    Boolean testDataRepresentative,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "Verification was performed (observation when not shown).")
    @JsonPropertyDescription("Whether error rates were evaluated across populations and conditions.")
    Boolean performanceAcrossGroupsEvaluated) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static VerificationValidationBuilder builder() {
    return VerificationValidationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public VerificationValidationBuilder toBuilder() {
    return VerificationValidationBuilder.builder(this);
  }
}
