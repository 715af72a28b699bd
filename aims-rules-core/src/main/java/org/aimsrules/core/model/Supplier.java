package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier of AI-related products or services (A.10.3, 8.1).
 */
@RecordBuilder
public record Supplier(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Identity("a name by which people recognise the record")
    @Required @JsonPropertyDescription("Name.")
    String name,
    @Informational("Descriptive (what is supplied).")
    @JsonPropertyDescription("What it supplies.")
    List<SupplyKind> supplies,
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems it contributes to.")
    List<String> aiSystemIds,
    @Evidence(value = {"A.10.3"}, need = Evidence.Need.APPLICABLE, when = "The supplier is in scope (observation: not evaluated).", alsoIn = {"/suppliers/*/lastReviewedOn"})
    @JsonPropertyDescription("When it was last evaluated.")
    LocalDate evaluatedOn,
    @Evidence(value = {"A.10.3"}, need = Evidence.Need.APPLICABLE, when = "The supplier is in scope: approval is one of the records (with agreed responsible-AI requirements, an evaluation or a review) that show the A.10.3 process applied to it; an explicit false after an evaluation is a finding of its own.", alsoIn = {"/suppliers/*/responsibleAiRequirementsAgreed", "/suppliers/*/evaluatedOn", "/suppliers/*/lastReviewedOn"})
    @JsonPropertyDescription("Whether it is approved.")
    Boolean approved,
    @Evidence(value = {"A.10.3"}, need = Evidence.Need.APPLICABLE, when = "The supplier is in scope: agreed responsible-AI requirements are one of the records (with approval, an evaluation or a review) that show the A.10.3 process applied to it.", alsoIn = {"/suppliers/*/approved", "/suppliers/*/evaluatedOn", "/suppliers/*/lastReviewedOn"})
    @JsonPropertyDescription("Whether responsible-AI requirements are part of the agreement.")
    Boolean responsibleAiRequirementsAgreed,
    @Evidence(value = {"A.10.2"}, need = Evidence.Need.APPLICABLE, when = "The supplier is in scope.", alsoIn = {"/suppliers/*/agreementDocumentId"})
    @JsonPropertyDescription("Whether life-cycle responsibilities are allocated (A.10.2).")
    Boolean responsibilitiesAllocated,
    @Evidence(value = {"A.10.2"}, need = Evidence.Need.APPLICABLE, when = "The supplier is in scope.", alsoIn = {"/suppliers/*/responsibilitiesAllocated"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the agreement.")
    String agreementDocumentId,
    @Evidence(value = {"A.10.3"}, need = Evidence.Need.APPLICABLE, when = "The supplier is in scope: the latest evaluation or review dates the A.10.3 monitoring (observation when overdue).", alsoIn = {"/suppliers/*/evaluatedOn"})
    @JsonPropertyDescription("When its performance was last reviewed.")
    LocalDate lastReviewedOn) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public Supplier {
    supplies = ModelLists.copy(supplies, "supplies");
    aiSystemIds = ModelLists.copy(aiSystemIds, "aiSystemIds");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static SupplierBuilder builder() {
    return SupplierBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public SupplierBuilder toBuilder() {
    return SupplierBuilder.builder(this);
  }
}
