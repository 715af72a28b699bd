package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Documentation of the resources of an AI system (A.4.2, A.4.4-A.4.6).
 */
@RecordBuilder
public record ResourceDocumentation(
    @Evidence(value = {"A.4.2"}, need = Evidence.Need.APPLICABLE, when = "The system is past inception and has a resourceDocumentation section.", alsoIn = {"/resources/*/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the resource inventory (A.4.2).")
    String inventoryDocumentId,
    @Evidence(value = {"A.4.4"}, need = Evidence.Need.APPLICABLE, when = "Resources of the system are recorded and A.4.4 is in force.", alsoIn = {"/resources/*/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the tooling resources (A.4.4).")
    String toolingDocumentId,
    @Evidence(value = {"A.4.5"}, need = Evidence.Need.APPLICABLE, when = "Resources of the system are recorded and A.4.5 is in force.", alsoIn = {"/resources/*/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the system and computing resources (A.4.5).")
    String computingDocumentId,
    @Evidence(value = {"A.4.6"}, need = Evidence.Need.APPLICABLE, when = "Resources of the system are recorded and A.4.6 is in force.", alsoIn = {"/resources/*/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the human resources and competences (A.4.6).")
    String humanResourcesDocumentId) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ResourceDocumentationBuilder builder() {
    return ResourceDocumentationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ResourceDocumentationBuilder toBuilder() {
    return ResourceDocumentationBuilder.builder(this);
  }
}
