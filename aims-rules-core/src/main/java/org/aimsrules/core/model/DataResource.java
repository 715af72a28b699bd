package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * A data resource used by AI systems (A.4.3, A.7).
 */
@RecordBuilder
public record DataResource(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("Display name.")
    @Required @JsonPropertyDescription("Name.")
    String name,
    @Informational("Descriptive.")
    @JsonPropertyDescription("Description.")
    String description,
    @Evidence(value = {"A.4.3"}, when = "Which AI systems use the resource is part of its A.4.3 information; an empty list reads as \"not stated\": the resource is checked against every data control that applies to some system and A.4.3 reports the missing link.")
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems that use it.")
    List<String> aiSystemIds,
    @Evidence(value = {"A.4.3"}, when = "The resource serves a system for which A.4.3 is in force (observation: information incomplete).")
    @JsonPropertyDescription("How it is used.")
    List<DataCategory> categories,
    @Evidence(value = {"A.4.3", "A.7.3"}, when = "The resource serves a system for which A.4.3 / A.7.3 applies.", alsoIn = {"/dataResources/*/supplierId"})
    @JsonPropertyDescription("Where it comes from.")
    DataOrigin origin,
    @Informational("Link to the supplier (A.10.3 in-scope supplier); origin states the source.")
    @RefersTo(Supplier.class) @JsonPropertyDescription("Supplier, if acquired.")
    String supplierId,
    @Informational("Applicability input (A.2.3, A.7.x); A.7 applies to developed systems and to systems using personal data regardless.")
    @JsonPropertyDescription("Whether it holds personal data.")
    Boolean containsPersonalData,
    @Informational("Descriptive; no rule needs it.")
    @JsonPropertyDescription("Whether it holds special categories of personal data.")
    Boolean containsSpecialCategoryData,
    @Evidence(value = {"A.4.3"}, when = "The resource serves a system for which A.4.3 is in force.", alsoIn = {"/dataResources/*/origin"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the data resource documentation (A.4.3).")
    String documentId,
    @Evidence(value = {"A.4.3"}, when = "A.4.3 information (observation).")
    @JsonPropertyDescription("When the data was last updated.")
    LocalDate lastUpdatedOn,
    @Evidence(value = {"A.4.3"}, when = "A.4.3 information (observation).")
    @Minimum(0) @Maximum(1200) @JsonPropertyDescription("Retention period in months.")
    Integer retentionMonths,
    @Evidence(value = {"A.7.3"}, need = Evidence.Need.APPLICABLE, when = "A.7.3 applies to a system the resource serves (or, unlinked, to any system).")
    @JsonPropertyDescription("Acquisition (A.7.3).")
    DataAcquisition acquisition,
    @Evidence(value = {"A.7.4"}, need = Evidence.Need.APPLICABLE, when = "A.7.4 applies to a system the resource serves (or, unlinked, to any system).")
    @JsonPropertyDescription("Quality (A.7.4).")
    DataQuality quality,
    @Evidence(value = {"A.7.5"}, need = Evidence.Need.APPLICABLE, when = "A.7.5 applies to a system the resource serves (or, unlinked, to any system).")
    @JsonPropertyDescription("Provenance (A.7.5).")
    DataProvenance provenance,
    @Evidence(value = {"A.7.6"}, need = Evidence.Need.APPLICABLE, when = "A.7.6 applies to a system the resource serves (or, unlinked, to any system).")
    @JsonPropertyDescription("Preparation (A.7.6).")
    DataPreparation preparation) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public DataResource {
    aiSystemIds = ModelLists.copy(aiSystemIds, "aiSystemIds");
    categories = ModelLists.copy(categories, "categories");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static DataResourceBuilder builder() {
    return DataResourceBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public DataResourceBuilder toBuilder() {
    return DataResourceBuilder.builder(this);
  }
}
