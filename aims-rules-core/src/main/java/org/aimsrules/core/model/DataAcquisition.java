package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * How a data resource was acquired and selected (A.7.3).
 */
@RecordBuilder
public record DataAcquisition(
    @Evidence(value = {"A.7.3"}, need = Evidence.Need.APPLICABLE, when = "A.7.3 applies to the resource.", alsoIn = {"/dataResources/*/acquisition/selectionCriteria"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the acquisition record.")
    String documentId,
    @Evidence(value = {"A.7.3"}, need = Evidence.Need.APPLICABLE, when = "A.7.3 applies to the resource.", alsoIn = {"/dataResources/*/acquisition/documentId"})
    @JsonPropertyDescription("Selection criteria.")
    String selectionCriteria,
    @Evidence(value = {"A.7.3"}, need = Evidence.Need.APPLICABLE, when = "A.7.3 applies and the data is personal, third-party, public or user-provided (observation); unstated reads as not cleared.", absentMeans = "false")
    @JsonPropertyDescription("Whether rights (consent, licences, copyright) were checked.")
    Boolean rightsCleared,
    @Informational("Date; no rule needs it.")
    @JsonPropertyDescription("When it was acquired.")
    LocalDate acquiredOn) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static DataAcquisitionBuilder builder() {
    return DataAcquisitionBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public DataAcquisitionBuilder toBuilder() {
    return DataAcquisitionBuilder.builder(this);
  }
}
