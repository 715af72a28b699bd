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
    @Evidence(value = {"9.3.1"}, when = "Whether the review was held: an absent status with a date counts as completed, and a review with neither status nor date is still checked for its inputs when no dated review exists", alsoIn = {"/managementReviews/*/heldOn"})
    @JsonPropertyDescription("Status.")
    ReviewStatus status,
    @Evidence(value = {"9.3.1"}, when = "9.3.1-1: the date that makes a review count (9.3.1/no-management-review); an undated review's inputs, outputs and actions are now still checked (fail closed)")
    @JsonPropertyDescription("Date.")
    LocalDate heldOn,
    @Evidence(value = {"9.3.1"}, when = "9.3.1-1 top management reviews: needed unless top management approved the minutes (9.3.1/review-without-top-management)", alsoIn = {"/documents/*/approvedBy", "/documents/*/approverIds"})
    @RefersTo(Person.class) @JsonPropertyDescription("Attendees.")
    List<String> attendeeIds,
    @Evidence(value = {"9.3.2"}, when = "9.3.2 a-e: each input must be considered in a review of the cycle (9.3.2/* rules); some accept other evidence (context reviewed the same day, improvement decisions)", alsoIn = {"/context/lastReviewedOn", "/improvements/*/managementReviewId"})
    @JsonPropertyDescription("Inputs considered (9.3.2).")
    List<ReviewInput> inputs,
    @Evidence(value = {"9.3.3"}, when = "9.3.3-1/-2: decisions on improvement and on changes to the AIMS (9.3.3/no-improvement-decision, no-aims-change-decision)", alsoIn = {"/improvements/*/managementReviewId"})
    @JsonPropertyDescription("Decisions and actions (9.3.3).")
    List<ReviewOutput> outputs,
    @Evidence(value = {"9.3.3"}, when = "9.3.3-3: minutes of a completed review (9.3.3/minutes-not-retained)", alsoIn = {"/documents[type=MANAGEMENT_REVIEW_MINUTES]"})
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
