package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * A requirement of an interested party (4.2).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param description The requirement.
 * @param kind Nature of the requirement.
 * @param climateRelated Whether it is a climate-related requirement.
 * @param addressedThroughAims Decision whether the AIMS addresses it (4.2 c).
 * @param addressedBy Ids of what addresses it: objectives, processes, documents, controls, risk
 * treatments.
 * @param rationale Why it is not addressed, when it is not.
 * @param decidedOn When the decision was made.
 */
public record PartyRequirement(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("The requirement.")
    String description,
    @Informational("classification (legal, contractual, ...); descriptive")
    @JsonPropertyDescription("Nature of the requirement.")
    RequirementKind kind,
    @Informational("input to 4.1/climate-change-irrelevant-despite-requirements; absent = not climate-related only weakens an observation that cross-checks a stated decision")
    @JsonPropertyDescription("Whether it is a climate-related requirement.")
    Boolean climateRelated,
    @Evidence(value = {"4.2-c"}, when = "for every requirement of a relevant party (4.2/requirement-decision-missing; without it the requirement is also treated as left outside the AIMS)", alsoIn = {"/interestedParties/*/requirements/*/addressedBy"})
    @JsonPropertyDescription("Decision whether the AIMS addresses it (4.2 c).")
    Boolean addressedThroughAims,
    @Evidence(value = {"4.2-c"}, need = Evidence.Need.APPLICABLE, when = "when the requirement is addressed through the AIMS (observation 4.2/addressed-requirement-without-means)", alsoIn = {"/objectives/*/considersRequirementIds"}, onlyIf = "addressedThroughAims=true")
    @RefersTo(Object.class) @JsonPropertyDescription("Ids of what addresses it: objectives, processes, documents, controls, risk treatments.")
    List<String> addressedBy,
    @Evidence(value = {"4.2-c"}, need = Evidence.Need.APPLICABLE, when = "when the requirement is left outside the AIMS (observation 4.2/unaddressed-requirement-without-rationale)", onlyIf = "addressedThroughAims!=true")
    @JsonPropertyDescription("Why it is not addressed, when it is not.")
    String rationale,
    @Informational("only used to ignore decisions dated after the evaluation date")
    @JsonPropertyDescription("When the decision was made.")
    LocalDate decidedOn) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public PartyRequirement {
    addressedBy = ModelLists.copy(addressedBy, "addressedBy");
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
    b.description = description;
    b.kind = kind;
    b.climateRelated = climateRelated;
    b.addressedThroughAims = addressedThroughAims;
    b.addressedBy = addressedBy;
    b.rationale = rationale;
    b.decidedOn = decidedOn;
    return b;
  }

  /** Builder for {@link PartyRequirement}. */
  public static final class Builder {
    private String id;
    private String description;
    private RequirementKind kind;
    private Boolean climateRelated;
    private Boolean addressedThroughAims;
    private List<String> addressedBy;
    private String rationale;
    private LocalDate decidedOn;

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
     * Sets {@code description}.
     *
     * @param value the requirement.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code kind}.
     *
     * @param value nature of the requirement.
     * @return this builder
     */
    public Builder kind(RequirementKind value) {
      this.kind = value;
      return this;
    }

    /**
     * Sets {@code climateRelated}.
     *
     * @param value whether it is a climate-related requirement.
     * @return this builder
     */
    public Builder climateRelated(Boolean value) {
      this.climateRelated = value;
      return this;
    }

    /**
     * Sets {@code addressedThroughAims}.
     *
     * @param value decision whether the AIMS addresses it (4.2 c).
     * @return this builder
     */
    public Builder addressedThroughAims(Boolean value) {
      this.addressedThroughAims = value;
      return this;
    }

    /**
     * Sets {@code addressedBy}.
     *
     * @param value ids of what addresses it: objectives, processes, documents, controls, risk treatments.
     * @return this builder
     */
    public Builder addressedBy(List<String> value) {
      this.addressedBy = value;
      return this;
    }

    /**
     * Sets {@code rationale}.
     *
     * @param value why it is not addressed, when it is not.
     * @return this builder
     */
    public Builder rationale(String value) {
      this.rationale = value;
      return this;
    }

    /**
     * Sets {@code decidedOn}.
     *
     * @param value when the decision was made.
     * @return this builder
     */
    public Builder decidedOn(LocalDate value) {
      this.decidedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public PartyRequirement build() {
      return new PartyRequirement(id, description, kind, climateRelated, addressedThroughAims, addressedBy, rationale, decidedOn);
    }
  }
}
