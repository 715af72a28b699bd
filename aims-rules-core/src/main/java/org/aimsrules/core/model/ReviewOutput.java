package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * An output of a management review (9.3.3).
 */
@RecordBuilder
public record ReviewOutput(
    @Evidence(value = {"9.3.3"}, when = "Required by the reader; tells which 9.3.3 decision the output is")
    @Required @JsonPropertyDescription("Kind.")
    ReviewOutputKind kind,
    @Informational("Text of the decision; used in messages only")
    @JsonPropertyDescription("The decision or action.")
    String description,
    @Informational("9.3.3 asks for decisions, not owners of review actions")
    @RefersTo(Person.class) @JsonPropertyDescription("Owner.")
    String ownerId,
    @Informational("9.3.3 asks for decisions, not due dates; a due date given is checked (9.3.3/review-action-overdue, -neglected)")
    @JsonPropertyDescription("Due date.")
    LocalDate dueDate,
    @Evidence(value = {"9.3.3"}, when = "Whether a review action with a due date is done (9.3.3/review-action-overdue, -neglected); an absent status is read as open, the strict case", absentMeans = "OPEN")
    @JsonPropertyDescription("Status.")
    ActionStatus status) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ReviewOutputBuilder builder() {
    return ReviewOutputBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ReviewOutputBuilder toBuilder() {
    return ReviewOutputBuilder.builder(this);
  }
}
