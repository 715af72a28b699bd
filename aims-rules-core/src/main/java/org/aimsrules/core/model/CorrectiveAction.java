package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * A corrective action (10.2).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static CorrectiveActionBuilder builder() {
    return CorrectiveActionBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public CorrectiveActionBuilder toBuilder() {
    return CorrectiveActionBuilder.builder(this);
  }
}
