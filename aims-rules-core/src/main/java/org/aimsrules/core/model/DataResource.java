package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * A data resource used by AI systems (A.4.3, A.7).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param name Name.
 * @param description Description.
 * @param aiSystemIds AI systems that use it.
 * @param categories How it is used.
 * @param origin Where it comes from.
 * @param supplierId Supplier, if acquired.
 * @param containsPersonalData Whether it holds personal data.
 * @param containsSpecialCategoryData Whether it holds special categories of personal data.
 * @param documentId Id of the data resource documentation (A.4.3).
 * @param lastUpdatedOn When the data was last updated.
 * @param retentionMonths Retention period in months.
 * @param acquisition Acquisition (A.7.3).
 * @param quality Quality (A.7.4).
 * @param provenance Provenance (A.7.5).
 * @param preparation Preparation (A.7.6).
 */
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
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.description = description;
    b.aiSystemIds = aiSystemIds;
    b.categories = categories;
    b.origin = origin;
    b.supplierId = supplierId;
    b.containsPersonalData = containsPersonalData;
    b.containsSpecialCategoryData = containsSpecialCategoryData;
    b.documentId = documentId;
    b.lastUpdatedOn = lastUpdatedOn;
    b.retentionMonths = retentionMonths;
    b.acquisition = acquisition;
    b.quality = quality;
    b.provenance = provenance;
    b.preparation = preparation;
    return b;
  }

  /** Builder for {@link DataResource}. */
  public static final class Builder {
    private String id;
    private String name;
    private String description;
    private List<String> aiSystemIds;
    private List<DataCategory> categories;
    private DataOrigin origin;
    private String supplierId;
    private Boolean containsPersonalData;
    private Boolean containsSpecialCategoryData;
    private String documentId;
    private LocalDate lastUpdatedOn;
    private Integer retentionMonths;
    private DataAcquisition acquisition;
    private DataQuality quality;
    private DataProvenance provenance;
    private DataPreparation preparation;

    private Builder() {}

    /**
     * Sets {@code id}.
     *
     * @param value stable identifier, unique across the whole document; other entities refer to it.
     * @return this builder
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets {@code name}.
     *
     * @param value name.
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param value description.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code aiSystemIds}.
     *
     * @param value aI systems that use it.
     * @return this builder
     */
    public Builder aiSystemIds(List<String> value) {
      this.aiSystemIds = value;
      return this;
    }

    /**
     * Sets {@code categories}.
     *
     * @param value how it is used.
     * @return this builder
     */
    public Builder categories(List<DataCategory> value) {
      this.categories = value;
      return this;
    }

    /**
     * Sets {@code origin}.
     *
     * @param value where it comes from.
     * @return this builder
     */
    public Builder origin(DataOrigin value) {
      this.origin = value;
      return this;
    }

    /**
     * Sets {@code supplierId}.
     *
     * @param value supplier, if acquired.
     * @return this builder
     */
    public Builder supplierId(String value) {
      this.supplierId = value;
      return this;
    }

    /**
     * Sets {@code containsPersonalData}.
     *
     * @param value whether it holds personal data.
     * @return this builder
     */
    public Builder containsPersonalData(Boolean value) {
      this.containsPersonalData = value;
      return this;
    }

    /**
     * Sets {@code containsSpecialCategoryData}.
     *
     * @param value whether it holds special categories of personal data.
     * @return this builder
     */
    public Builder containsSpecialCategoryData(Boolean value) {
      this.containsSpecialCategoryData = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the data resource documentation (A.4.3).
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code lastUpdatedOn}.
     *
     * @param value when the data was last updated.
     * @return this builder
     */
    public Builder lastUpdatedOn(LocalDate value) {
      this.lastUpdatedOn = value;
      return this;
    }

    /**
     * Sets {@code retentionMonths}.
     *
     * @param value retention period in months.
     * @return this builder
     */
    public Builder retentionMonths(Integer value) {
      this.retentionMonths = value;
      return this;
    }

    /**
     * Sets {@code acquisition}.
     *
     * @param value acquisition (A.7.3).
     * @return this builder
     */
    public Builder acquisition(DataAcquisition value) {
      this.acquisition = value;
      return this;
    }

    /**
     * Sets {@code quality}.
     *
     * @param value quality (A.7.4).
     * @return this builder
     */
    public Builder quality(DataQuality value) {
      this.quality = value;
      return this;
    }

    /**
     * Sets {@code provenance}.
     *
     * @param value provenance (A.7.5).
     * @return this builder
     */
    public Builder provenance(DataProvenance value) {
      this.provenance = value;
      return this;
    }

    /**
     * Sets {@code preparation}.
     *
     * @param value preparation (A.7.6).
     * @return this builder
     */
    public Builder preparation(DataPreparation value) {
      this.preparation = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public DataResource build() {
      return new DataResource(id, name, description, aiSystemIds, categories, origin, supplierId, containsPersonalData, containsSpecialCategoryData, documentId, lastUpdatedOn, retentionMonths, acquisition, quality, provenance, preparation);
    }
  }
}
