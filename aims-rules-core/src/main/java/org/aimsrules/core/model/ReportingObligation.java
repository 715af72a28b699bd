package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * An obligation to report information about AI systems to interested parties (A.8.5).
 */
@RecordBuilder
public record ReportingObligation(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (the obligation)")
    @Required @JsonPropertyDescription("The obligation.")
    String description,
    @Informational("Descriptive.")
    @JsonPropertyDescription("Recipient.")
    String recipient,
    @Informational("Descriptive.")
    @JsonPropertyDescription("Kind of recipient.")
    RecipientKind recipientKind,
    @Informational("Descriptive.")
    @JsonPropertyDescription("Legal or contractual basis.")
    String legalBasis,
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems concerned.")
    List<String> aiSystemIds,
    @Evidence(value = {"A.8.5"}, need = Evidence.Need.APPLICABLE, when = "The obligation is in scope.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the documented obligation.")
    String documentId,
    @Informational("Schedule; without it the overdue check cannot run, but no control asks for a due date.")
    @JsonPropertyDescription("Next due date.")
    LocalDate dueDate,
    @Informational("Only compared with the due date.")
    @JsonPropertyDescription("When it was last fulfilled.")
    LocalDate lastFulfilledOn) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public ReportingObligation {
    aiSystemIds = ModelLists.copy(aiSystemIds, "aiSystemIds");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ReportingObligationBuilder builder() {
    return ReportingObligationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ReportingObligationBuilder toBuilder() {
    return ReportingObligationBuilder.builder(this);
  }
}
