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
    @Informational("Text of the action; messages only")
    @JsonPropertyDescription("The action.")
    String description,
    @Informational("10.2 does not ask for an owner of corrective actions")
    @RefersTo(Person.class) @JsonPropertyDescription("Owner.")
    String ownerId,
    @Evidence(value = {"10.2"}, when = "10.2-c: needed for an open action when the nonconformity has no due date either (new 10.2/corrective-action-without-due-date, MINOR like corrective-action-overdue)", alsoIn = {"/nonconformities/*/dueDate"}, onlyIf = "status!=DONE")
    @JsonPropertyDescription("Due date.")
    LocalDate dueDate,
    @Evidence(value = {"10.2"}, when = "Whether the action is done; an absent status is read as open (overdue/without-due-date apply), and a completion date on or before the evaluation date now counts as done for the effectiveness and results checks", alsoIn = {"/correctiveActions/*/completedOn"})
    @JsonPropertyDescription("Status.")
    ActionStatus status,
    @Evidence(value = {"10.2"}, when = "When the action was done; alternative to status DONE", alsoIn = {"/correctiveActions/*/status"})
    @JsonPropertyDescription("When it was completed.")
    LocalDate completedOn,
    @Informational("10.2-f asks for proportionate actions, not a recorded judgement of proportionality; a stated false is checked (10.2/action-not-proportionate)")
    @JsonPropertyDescription("Whether it is proportionate to the effects of the nonconformity (10.2).")
    Boolean proportionate,
    @Evidence(value = {"10.2"}, when = "10.2-d: needed for a done action of a closed nonconformity unless a verdict (effective) is recorded (10.2/action-effectiveness-not-reviewed)", alsoIn = {"/correctiveActions/*/effective"})
    @JsonPropertyDescription("When its effectiveness was reviewed (10.2 d).")
    LocalDate effectivenessReviewedOn,
    @Evidence(value = {"10.2"}, when = "10.2-d: verdict of the effectiveness review; alternative to its date; false is followed up (10.2/ineffective-action-not-followed-up)", alsoIn = {"/correctiveActions/*/effectivenessReviewedOn"})
    @JsonPropertyDescription("Whether it was effective.")
    Boolean effective,
    @Evidence(value = {"10.2"}, when = "10.2-g2: results of a done action (10.2/action-results-not-retained)", alsoIn = {"/nonconformities/*/documentId", "/documents[type=CORRECTIVE_ACTION_RECORDS]"}, onlyIf = "status=DONE")
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
