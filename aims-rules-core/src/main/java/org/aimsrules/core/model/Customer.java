package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer of AI products or services (A.10.4).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param name Name or segment.
 * @param aiSystemIds AI systems provided to it.
 * @param requirementsCaptured Whether its needs and expectations are captured.
 * @param responsibilitiesAllocated Whether responsibilities are allocated (A.10.2).
 * @param intendedUseCommunicated Whether intended use and risks were communicated.
 * @param agreementDocumentId Id of the agreement.
 * @param lastReviewedOn When the relationship was last reviewed.
 */
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
    b.aiSystemIds = aiSystemIds;
    b.requirementsCaptured = requirementsCaptured;
    b.responsibilitiesAllocated = responsibilitiesAllocated;
    b.intendedUseCommunicated = intendedUseCommunicated;
    b.agreementDocumentId = agreementDocumentId;
    b.lastReviewedOn = lastReviewedOn;
    return b;
  }

  /** Builder for {@link Customer}. */
  public static final class Builder {
    private String id;
    private String name;
    private List<String> aiSystemIds;
    private Boolean requirementsCaptured;
    private Boolean responsibilitiesAllocated;
    private Boolean intendedUseCommunicated;
    private String agreementDocumentId;
    private LocalDate lastReviewedOn;

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
     * @param value name or segment.
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code aiSystemIds}.
     *
     * @param value aI systems provided to it.
     * @return this builder
     */
    public Builder aiSystemIds(List<String> value) {
      this.aiSystemIds = value;
      return this;
    }

    /**
     * Sets {@code requirementsCaptured}.
     *
     * @param value whether its needs and expectations are captured.
     * @return this builder
     */
    public Builder requirementsCaptured(Boolean value) {
      this.requirementsCaptured = value;
      return this;
    }

    /**
     * Sets {@code responsibilitiesAllocated}.
     *
     * @param value whether responsibilities are allocated (A.10.2).
     * @return this builder
     */
    public Builder responsibilitiesAllocated(Boolean value) {
      this.responsibilitiesAllocated = value;
      return this;
    }

    /**
     * Sets {@code intendedUseCommunicated}.
     *
     * @param value whether intended use and risks were communicated.
     * @return this builder
     */
    public Builder intendedUseCommunicated(Boolean value) {
      this.intendedUseCommunicated = value;
      return this;
    }

    /**
     * Sets {@code agreementDocumentId}.
     *
     * @param value id of the agreement.
     * @return this builder
     */
    public Builder agreementDocumentId(String value) {
      this.agreementDocumentId = value;
      return this;
    }

    /**
     * Sets {@code lastReviewedOn}.
     *
     * @param value when the relationship was last reviewed.
     * @return this builder
     */
    public Builder lastReviewedOn(LocalDate value) {
      this.lastReviewedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Customer build() {
      return new Customer(id, name, aiSystemIds, requirementsCaptured, responsibilitiesAllocated, intendedUseCommunicated, agreementDocumentId, lastReviewedOn);
    }
  }
}
