package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * A management review (9.3).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param status Status.
 * @param heldOn Date.
 * @param attendeeIds Attendees.
 * @param inputs Inputs considered (9.3.2).
 * @param outputs Decisions and actions (9.3.3).
 * @param minutesDocumentId Id of the minutes.
 */
public record ManagementReview(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (status)")
    @JsonPropertyDescription("Status.")
    ReviewStatus status,
    @Evidence(value = {"9.3.1"}, need = Evidence.Need.APPLICABLE, when = "where 9.3.1 applies: date")
    @JsonPropertyDescription("Date.")
    LocalDate heldOn,
    @RefersTo(Person.class) @JsonPropertyDescription("Attendees.")
    List<String> attendeeIds,
    @Evidence(value = {"9.3.2"}, need = Evidence.Need.APPLICABLE, when = "where 9.3.2 applies: inputs considered (9.3.2)")
    @JsonPropertyDescription("Inputs considered (9.3.2).")
    List<ReviewInput> inputs,
    @Evidence(value = {"9.3.3"}, need = Evidence.Need.APPLICABLE, when = "where 9.3.3 applies: decisions and actions (9.3.3)")
    @JsonPropertyDescription("Decisions and actions (9.3.3).")
    List<ReviewOutput> outputs,
    @Evidence(value = {"9.3.3"}, need = Evidence.Need.APPLICABLE, when = "where 9.3.3 applies: id of the minutes")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the minutes.")
    String minutesDocumentId) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public ManagementReview {
    attendeeIds = ModelLists.copy(attendeeIds, "attendeeIds");
    inputs = ModelLists.copy(inputs, "inputs");
    outputs = ModelLists.copy(outputs, "outputs");
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
    b.status = status;
    b.heldOn = heldOn;
    b.attendeeIds = attendeeIds;
    b.inputs = inputs;
    b.outputs = outputs;
    b.minutesDocumentId = minutesDocumentId;
    return b;
  }

  /** Builder for {@link ManagementReview}. */
  public static final class Builder {
    private String id;
    private ReviewStatus status;
    private LocalDate heldOn;
    private List<String> attendeeIds;
    private List<ReviewInput> inputs;
    private List<ReviewOutput> outputs;
    private String minutesDocumentId;

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
     * Sets {@code status}.
     *
     * @param value status.
     * @return this builder
     */
    public Builder status(ReviewStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code heldOn}.
     *
     * @param value date.
     * @return this builder
     */
    public Builder heldOn(LocalDate value) {
      this.heldOn = value;
      return this;
    }

    /**
     * Sets {@code attendeeIds}.
     *
     * @param value attendees.
     * @return this builder
     */
    public Builder attendeeIds(List<String> value) {
      this.attendeeIds = value;
      return this;
    }

    /**
     * Sets {@code inputs}.
     *
     * @param value inputs considered (9.3.2).
     * @return this builder
     */
    public Builder inputs(List<ReviewInput> value) {
      this.inputs = value;
      return this;
    }

    /**
     * Sets {@code outputs}.
     *
     * @param value decisions and actions (9.3.3).
     * @return this builder
     */
    public Builder outputs(List<ReviewOutput> value) {
      this.outputs = value;
      return this;
    }

    /**
     * Sets {@code minutesDocumentId}.
     *
     * @param value id of the minutes.
     * @return this builder
     */
    public Builder minutesDocumentId(String value) {
      this.minutesDocumentId = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ManagementReview build() {
      return new ManagementReview(id, status, heldOn, attendeeIds, inputs, outputs, minutesDocumentId);
    }
  }
}
