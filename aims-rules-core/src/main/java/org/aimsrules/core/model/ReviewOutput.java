package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * An output of a management review (9.3.3).
 *
 * @param kind Kind.
 * @param description The decision or action.
 * @param ownerId Owner.
 * @param dueDate Due date.
 * @param status Status.
 */
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
    b.kind = kind;
    b.description = description;
    b.ownerId = ownerId;
    b.dueDate = dueDate;
    b.status = status;
    return b;
  }

  /** Builder for {@link ReviewOutput}. */
  public static final class Builder {
    private ReviewOutputKind kind;
    private String description;
    private String ownerId;
    private LocalDate dueDate;
    private ActionStatus status;

    private Builder() {}

    /**
     * Sets {@code kind}.
     *
     * @param value kind.
     * @return this builder
     */
    public Builder kind(ReviewOutputKind value) {
      this.kind = value;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param value the decision or action.
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
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ReviewOutput build() {
      return new ReviewOutput(kind, description, ownerId, dueDate, status);
    }
  }
}
