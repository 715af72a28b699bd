package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Data quality requirements and their checks (A.7.4).
 */
@RecordBuilder
public record DataQuality(
    @Evidence(value = {"A.7.4"}, need = Evidence.Need.APPLICABLE, when = "A.7.4 applies to the resource.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the data-quality requirements.")
    String requirementsDocumentId,
    @Evidence(value = {"A.7.4"}, need = Evidence.Need.APPLICABLE, when = "A.7.4 applies to the resource.", alsoIn = {"/dataResources/*/quality/meetsRequirements"})
    @JsonPropertyDescription("When quality was last assessed.")
    LocalDate lastAssessedOn,
    @Evidence(value = {"A.7.4"}, need = Evidence.Need.APPLICABLE, when = "A.7.4 applies to the resource.", alsoIn = {"/dataResources/*/quality/lastAssessedOn"})
    @JsonPropertyDescription("Whether the data met its requirements at the last assessment.")
    Boolean meetsRequirements,
    @Evidence(value = {"A.7.4"}, need = Evidence.Need.APPLICABLE, when = "A.7.4 applies (observation).")
    @JsonPropertyDescription("Whether the data was examined for bias.")
    Boolean biasExamined,
    @Evidence(value = {"A.7.4"}, need = Evidence.Need.APPLICABLE, when = "A.7.4 applies (observation).")
    @JsonPropertyDescription("Whether representativeness for the intended domain was assessed.")
    Boolean representativenessAssessed) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static DataQualityBuilder builder() {
    return DataQualityBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public DataQualityBuilder toBuilder() {
    return DataQualityBuilder.builder(this);
  }
}
