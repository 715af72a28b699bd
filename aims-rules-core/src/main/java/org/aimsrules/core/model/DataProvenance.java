package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Provenance records of a data resource (A.7.5).
 */
@RecordBuilder
public record DataProvenance(
    @Evidence(value = {"A.7.5"}, need = Evidence.Need.APPLICABLE, when = "A.7.5 applies to the resource.", alsoIn = {"/dataResources/*/provenance/documentId"})
    @JsonPropertyDescription("Whether provenance is recorded.")
    Boolean recorded,
    @Evidence(value = {"A.7.5"}, need = Evidence.Need.APPLICABLE, when = "A.7.5 applies to the resource.", alsoIn = {"/dataResources/*/provenance/recorded"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the provenance record.")
    String documentId,
    @Evidence(value = {"A.7.5"}, need = Evidence.Need.APPLICABLE, when = "Provenance is recorded (observation).")
    @JsonPropertyDescription("When provenance records were last verified.")
    LocalDate lastVerifiedOn) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static DataProvenanceBuilder builder() {
    return DataProvenanceBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public DataProvenanceBuilder toBuilder() {
    return DataProvenanceBuilder.builder(this);
  }
}
