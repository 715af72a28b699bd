package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier of AI-related products or services (A.10.3, 8.1).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param name Name.
 * @param supplies What it supplies.
 * @param aiSystemIds AI systems it contributes to.
 * @param evaluatedOn When it was last evaluated.
 * @param approved Whether it is approved.
 * @param responsibleAiRequirementsAgreed Whether responsible-AI requirements are part of the
 * agreement.
 * @param responsibilitiesAllocated Whether life-cycle responsibilities are allocated (A.10.2).
 * @param agreementDocumentId Id of the agreement.
 * @param lastReviewedOn When its performance was last reviewed.
 */
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
    b.supplies = supplies;
    b.aiSystemIds = aiSystemIds;
    b.evaluatedOn = evaluatedOn;
    b.approved = approved;
    b.responsibleAiRequirementsAgreed = responsibleAiRequirementsAgreed;
    b.responsibilitiesAllocated = responsibilitiesAllocated;
    b.agreementDocumentId = agreementDocumentId;
    b.lastReviewedOn = lastReviewedOn;
    return b;
  }

  /** Builder for {@link Supplier}. */
  public static final class Builder {
    private String id;
    private String name;
    private List<SupplyKind> supplies;
    private List<String> aiSystemIds;
    private LocalDate evaluatedOn;
    private Boolean approved;
    private Boolean responsibleAiRequirementsAgreed;
    private Boolean responsibilitiesAllocated;
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
     * @param value name.
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code supplies}.
     *
     * @param value what it supplies.
     * @return this builder
     */
    public Builder supplies(List<SupplyKind> value) {
      this.supplies = value;
      return this;
    }

    /**
     * Sets {@code aiSystemIds}.
     *
     * @param value aI systems it contributes to.
     * @return this builder
     */
    public Builder aiSystemIds(List<String> value) {
      this.aiSystemIds = value;
      return this;
    }

    /**
     * Sets {@code evaluatedOn}.
     *
     * @param value when it was last evaluated.
     * @return this builder
     */
    public Builder evaluatedOn(LocalDate value) {
      this.evaluatedOn = value;
      return this;
    }

    /**
     * Sets {@code approved}.
     *
     * @param value whether it is approved.
     * @return this builder
     */
    public Builder approved(Boolean value) {
      this.approved = value;
      return this;
    }

    /**
     * Sets {@code responsibleAiRequirementsAgreed}.
     *
     * @param value whether responsible-AI requirements are part of the agreement.
     * @return this builder
     */
    public Builder responsibleAiRequirementsAgreed(Boolean value) {
      this.responsibleAiRequirementsAgreed = value;
      return this;
    }

    /**
     * Sets {@code responsibilitiesAllocated}.
     *
     * @param value whether life-cycle responsibilities are allocated (A.10.2).
     * @return this builder
     */
    public Builder responsibilitiesAllocated(Boolean value) {
      this.responsibilitiesAllocated = value;
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
     * @param value when its performance was last reviewed.
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
    public Supplier build() {
      return new Supplier(id, name, supplies, aiSystemIds, evaluatedOn, approved, responsibleAiRequirementsAgreed, responsibilitiesAllocated, agreementDocumentId, lastReviewedOn);
    }
  }
}
