package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Data preparation of a data resource (A.7.6).
 */
@RecordBuilder
public record DataPreparation(
    @Evidence(value = {"A.7.6"}, need = Evidence.Need.APPLICABLE, when = "A.7.6 applies to the resource.", alsoIn = {"/dataResources/*/preparation/methods"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the preparation methods and criteria.")
    String documentId,
    @Evidence(value = {"A.7.6"}, need = Evidence.Need.APPLICABLE, when = "A.7.6 applies to the resource.", alsoIn = {"/dataResources/*/preparation/documentId"})
    @JsonPropertyDescription("Preparation methods used.")
    List<String> methods,
    @Evidence(value = {"A.7.6"}, need = Evidence.Need.APPLICABLE, when = "A.7.6 applies to the resource.", alsoIn = {"/dataResources/*/preparation/documentId"})
    @JsonPropertyDescription("Whether the criteria for choosing preparation steps are documented.")
    Boolean criteriaDocumented) {

  /** Normalizes absent lists to empty, immutable lists. */
  public DataPreparation {
    methods = ModelLists.copy(methods, "methods");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static DataPreparationBuilder builder() {
    return DataPreparationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public DataPreparationBuilder toBuilder() {
    return DataPreparationBuilder.builder(this);
  }
}
