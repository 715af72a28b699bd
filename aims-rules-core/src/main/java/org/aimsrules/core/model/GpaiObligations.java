package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Evidence for general-purpose AI model obligations (EU AI Act Art. 53, 55).
 */
@RecordBuilder
public record GpaiObligations(
    @Evidence(value = {"A.6.2.7"}, need = Evidence.Need.APPLICABLE, when = "The system contains a GPAI model the organization provides.", alsoIn = {"/aiSystems/*/technicalDocumentation/*/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of technical documentation for the AI Office and downstream providers.")
    String technicalDocumentationId,
    @Evidence(value = {"A.6.2.7"}, need = Evidence.Need.APPLICABLE, when = "The system contains a GPAI model (observation, Art. 53).")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the copyright policy.")
    String copyrightPolicyDocumentId,
    @Evidence(value = {"A.6.2.7"}, need = Evidence.Need.APPLICABLE, when = "The system contains a GPAI model (observation, Art. 53).")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the public training-content summary.")
    String trainingContentSummaryDocumentId,
    @Informational("Input; only true brings the systemic-risk evaluation check.")
    @JsonPropertyDescription("Whether the model has systemic risk (Art. 51).")
    Boolean systemicRisk,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "The GPAI model has systemic risk.", onlyIf = "systemicRisk=true")
    @JsonPropertyDescription("When systemic risks were last evaluated, including adversarial testing (Art. 55).")
    LocalDate systemicRiskEvaluatedOn) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static GpaiObligationsBuilder builder() {
    return GpaiObligationsBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public GpaiObligationsBuilder toBuilder() {
    return GpaiObligationsBuilder.builder(this);
  }
}
