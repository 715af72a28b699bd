package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * A continual-improvement action (10.1).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param description The improvement.
 * @param source Where it came from.
 * @param identifiedOn When it was identified.
 * @param managementReviewId Review that decided it.
 * @param ownerId Owner.
 * @param status Status.
 * @param implementedOn When it was implemented.
 */
public record Improvement(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("Required by the reader; text")
    @Required @JsonPropertyDescription("The improvement.")
    String description,
    @Informational("Descriptive")
    @JsonPropertyDescription("Where it came from.")
    ImprovementSource source,
    @Informational("Input to the 10.1 observations (guidance); an undated improvement does not count as recent, which is the strict case")
    @JsonPropertyDescription("When it was identified.")
    LocalDate identifiedOn,
    @Informational("Link to the review that decided it; one of several accepted evidences of 9.3.2-e/9.3.3-1, the review outputs hold the same fact")
    @RefersTo(ManagementReview.class) @JsonPropertyDescription("Review that decided it.")
    String managementReviewId,
    @Informational("No requirement asks for an owner of improvements")
    @RefersTo(Person.class) @JsonPropertyDescription("Owner.")
    String ownerId,
    @Informational("Input to the 10.1 observations; an absent status does not count as approved or implemented (strict case)")
    @JsonPropertyDescription("Status.")
    ImprovementStatus status,
    @Informational("Input to the 10.1 observations (guidance); alternative to an approved status")
    @JsonPropertyDescription("When it was implemented.")
    LocalDate implementedOn) implements Entity {

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
    b.source = source;
    b.identifiedOn = identifiedOn;
    b.managementReviewId = managementReviewId;
    b.ownerId = ownerId;
    b.status = status;
    b.implementedOn = implementedOn;
    return b;
  }

  /** Builder for {@link Improvement}. */
  public static final class Builder {
    private String id;
    private String description;
    private ImprovementSource source;
    private LocalDate identifiedOn;
    private String managementReviewId;
    private String ownerId;
    private ImprovementStatus status;
    private LocalDate implementedOn;

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
     * @param value the improvement.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code source}.
     *
     * @param value where it came from.
     * @return this builder
     */
    public Builder source(ImprovementSource value) {
      this.source = value;
      return this;
    }

    /**
     * Sets {@code identifiedOn}.
     *
     * @param value when it was identified.
     * @return this builder
     */
    public Builder identifiedOn(LocalDate value) {
      this.identifiedOn = value;
      return this;
    }

    /**
     * Sets {@code managementReviewId}.
     *
     * @param value review that decided it.
     * @return this builder
     */
    public Builder managementReviewId(String value) {
      this.managementReviewId = value;
      return this;
    }

    /**
     * Sets {@code ownerId}.
     *
     * @param value owner.
     * @return this builder
     */
    public Builder ownerId(String value) {
      this.ownerId = value;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param value status.
     * @return this builder
     */
    public Builder status(ImprovementStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code implementedOn}.
     *
     * @param value when it was implemented.
     * @return this builder
     */
    public Builder implementedOn(LocalDate value) {
      this.implementedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Improvement build() {
      return new Improvement(id, description, source, identifiedOn, managementReviewId, ownerId, status, implementedOn);
    }
  }
}
