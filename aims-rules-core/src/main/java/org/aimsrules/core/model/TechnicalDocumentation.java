package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Technical documentation for one audience (A.6.2.7).
 */
@RecordBuilder
public record TechnicalDocumentation(
    @Identity("Qualifies the documentation entry; the entry counts only with its audience.")
    @Required @JsonPropertyDescription("Who it is for.")
    DocumentationAudience audience,
    @Evidence(value = {"A.6.2.7"}, need = Evidence.Need.APPLICABLE, when = "The entry is documentation A.6.2.7 asks for the system: for users/deployers of a system provided to others, for authorities of a high-risk system it develops, or any audience for a system it develops for its own use (A.6.2.7/no-technical-documentation).", alsoIn = {"/aiSystems/*/technicalDocumentation/*/documentId", "/aiSystems/*/userInformation/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the documentation.")
    String documentId,
    @Informational("Date of handover; no rule needs it.")
    @JsonPropertyDescription("When it was last provided or updated.")
    LocalDate providedOn) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static TechnicalDocumentationBuilder builder() {
    return TechnicalDocumentationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public TechnicalDocumentationBuilder toBuilder() {
    return TechnicalDocumentationBuilder.builder(this);
  }
}
