package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Operation and monitoring of an AI system (A.6.2.6).
 */
@RecordBuilder
public record OperationMonitoring(
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "A.6.2.6 applies and the system is deployed or in use.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the operation and monitoring plan.")
    String planDocumentId,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is in use.", alsoIn = {"/monitoring/*/aiSystemIds"})
    @JsonPropertyDescription("Whether performance is monitored.")
    Boolean performanceMonitored,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is in use (observation, Annex B.6.2.6).")
    @JsonPropertyDescription("Whether data and model drift are monitored.")
    Boolean driftMonitored,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is in use.")
    @JsonPropertyDescription("Whether errors and failures are monitored.")
    Boolean errorMonitored,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is in use.")
    @JsonPropertyDescription("Whether repairs and updates follow a defined process.")
    Boolean repairAndUpdateProcess,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is in use.")
    @JsonPropertyDescription("Whether support is provided.")
    Boolean supportAvailable,
    @Informational("No rule requires a review date of the operation record.")
    @JsonPropertyDescription("When operation was last reviewed.")
    LocalDate lastReviewedOn) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static OperationMonitoringBuilder builder() {
    return OperationMonitoringBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public OperationMonitoringBuilder toBuilder() {
    return OperationMonitoringBuilder.builder(this);
  }
}
