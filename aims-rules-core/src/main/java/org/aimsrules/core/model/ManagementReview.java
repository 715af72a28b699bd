package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * A management review (9.3).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ManagementReviewBuilder builder() {
    return ManagementReviewBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ManagementReviewBuilder toBuilder() {
    return ManagementReviewBuilder.builder(this);
  }
}
