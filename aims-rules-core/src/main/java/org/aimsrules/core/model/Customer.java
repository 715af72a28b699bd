package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer of AI products or services (A.10.4).
 */
@RecordBuilder
public record Customer(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Identity("a name by which people recognise the record")
    @Required @JsonPropertyDescription("Name or segment.")
    String name,
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems provided to it.")
    List<String> aiSystemIds,
    @Evidence(value = {"A.10.4"}, need = Evidence.Need.APPLICABLE, when = "The customer is in scope.", alsoIn = {"/interestedParties/*/requirements"})
    @JsonPropertyDescription("Whether its needs and expectations are captured.")
    Boolean requirementsCaptured,
    @Evidence(value = {"A.10.2"}, need = Evidence.Need.APPLICABLE, when = "The customer is in scope.", alsoIn = {"/customers/*/agreementDocumentId"})
    @JsonPropertyDescription("Whether responsibilities are allocated (A.10.2).")
    Boolean responsibilitiesAllocated,
    @Evidence(value = {"A.10.4"}, need = Evidence.Need.APPLICABLE, when = "The customer is in scope (observation).")
    @JsonPropertyDescription("Whether intended use and risks were communicated.")
    Boolean intendedUseCommunicated,
    @Evidence(value = {"A.10.2"}, need = Evidence.Need.APPLICABLE, when = "The customer is in scope.", alsoIn = {"/customers/*/responsibilitiesAllocated"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the agreement.")
    String agreementDocumentId,
    @Informational("No rule requires a review date of the relationship.")
    @JsonPropertyDescription("When the relationship was last reviewed.")
    LocalDate lastReviewedOn) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public Customer {
    aiSystemIds = ModelLists.copy(aiSystemIds, "aiSystemIds");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static CustomerBuilder builder() {
    return CustomerBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public CustomerBuilder toBuilder() {
    return CustomerBuilder.builder(this);
  }
}
