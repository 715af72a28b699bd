package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * A corrective action (10.2).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param nonconformityId Nonconformity addressed.
 * @param description The action.
 * @param ownerId Owner.
 * @param dueDate Due date.
 * @param status Status.
 * @param completedOn When it was completed.
 * @param proportionate Whether it is proportionate to the effects of the nonconformity (10.2).
 * @param effectivenessReviewedOn When its effectiveness was reviewed (10.2 d).
 * @param effective Whether it was effective.
 * @param resultsDocumentId Id of the results record.
 */
public record CorrectiveAction(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Required @RefersTo(Nonconformity.class) @JsonPropertyDescription("Nonconformity addressed.")
    String nonconformityId,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (the action)")
    @JsonPropertyDescription("The action.")
    String description,
    @RefersTo(Person.class) @JsonPropertyDescription("Owner.")
    String ownerId,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (due date)")
    @JsonPropertyDescription("Due date.")
    LocalDate dueDate,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (status)")
    @JsonPropertyDescription("Status.")
    ActionStatus status,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (when it was completed)")
    @JsonPropertyDescription("When it was completed.")
    LocalDate completedOn,
    @Evidence(value = {"10.2"}, need = Evidence.Need.APPLICABLE, when = "where 10.2 applies: whether it is proportionate to the effects of the nonconformity (10.2)")
    @JsonPropertyDescription("Whether it is proportionate to the effects of the nonconformity (10.2).")
    Boolean proportionate,
    @Evidence(value = {"10.2"}, need = Evidence.Need.APPLICABLE, when = "where 10.2 applies: when its effectiveness was reviewed (10.2 d)")
    @JsonPropertyDescription("When its effectiveness was reviewed (10.2 d).")
    LocalDate effectivenessReviewedOn,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (whether it was effective)")
    @JsonPropertyDescription("Whether it was effective.")
    Boolean effective,
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the results record.")
    String resultsDocumentId) implements Entity {

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
    b.nonconformityId = nonconformityId;
    b.description = description;
    b.ownerId = ownerId;
    b.dueDate = dueDate;
    b.status = status;
    b.completedOn = completedOn;
    b.proportionate = proportionate;
    b.effectivenessReviewedOn = effectivenessReviewedOn;
    b.effective = effective;
    b.resultsDocumentId = resultsDocumentId;
    return b;
  }

  /** Builder for {@link CorrectiveAction}. */
  public static final class Builder {
    private String id;
    private String nonconformityId;
    private String description;
    private String ownerId;
    private LocalDate dueDate;
    private ActionStatus status;
    private LocalDate completedOn;
    private Boolean proportionate;
    private LocalDate effectivenessReviewedOn;
    private Boolean effective;
    private String resultsDocumentId;

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
     * Sets {@code nonconformityId}.
     *
     * @param value nonconformity addressed.
     * @return this builder
     */
    public Builder nonconformityId(String value) {
      this.nonconformityId = value;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param value the action.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
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
     * Sets {@code dueDate}.
     *
     * @param value due date.
     * @return this builder
     */
    public Builder dueDate(LocalDate value) {
      this.dueDate = value;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param value status.
     * @return this builder
     */
    public Builder status(ActionStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code completedOn}.
     *
     * @param value when it was completed.
     * @return this builder
     */
    public Builder completedOn(LocalDate value) {
      this.completedOn = value;
      return this;
    }

    /**
     * Sets {@code proportionate}.
     *
     * @param value whether it is proportionate to the effects of the nonconformity (10.2).
     * @return this builder
     */
    public Builder proportionate(Boolean value) {
      this.proportionate = value;
      return this;
    }

    /**
     * Sets {@code effectivenessReviewedOn}.
     *
     * @param value when its effectiveness was reviewed (10.2 d).
     * @return this builder
     */
    public Builder effectivenessReviewedOn(LocalDate value) {
      this.effectivenessReviewedOn = value;
      return this;
    }

    /**
     * Sets {@code effective}.
     *
     * @param value whether it was effective.
     * @return this builder
     */
    public Builder effective(Boolean value) {
      this.effective = value;
      return this;
    }

    /**
     * Sets {@code resultsDocumentId}.
     *
     * @param value id of the results record.
     * @return this builder
     */
    public Builder resultsDocumentId(String value) {
      this.resultsDocumentId = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public CorrectiveAction build() {
      return new CorrectiveAction(id, nonconformityId, description, ownerId, dueDate, status, completedOn, proportionate, effectivenessReviewedOn, effective, resultsDocumentId);
    }
  }
}
