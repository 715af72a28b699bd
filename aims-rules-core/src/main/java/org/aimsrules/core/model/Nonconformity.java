package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * A nonconformity (10.2).
 */
@RecordBuilder
public record Nonconformity(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Evidence(value = {"10.2"}, when = "10.2-g1 nature of the nonconformity; required by the reader")
    @Required @JsonPropertyDescription("The nonconformity.")
    String description,
    @Informational("Descriptive (how it was found)")
    @JsonPropertyDescription("How it was found.")
    NonconformitySource source,
    @RefersTo(InternalAudit.class) @JsonPropertyDescription("Audit that found it.")
    String auditId,
    @RefersTo(Incident.class) @JsonPropertyDescription("Incident that revealed it.")
    String incidentId,
    @Informational("Which requirement it concerns; only widens accepted evidence (8.1/ineffective-control-without-action)")
    @ClauseRef @JsonPropertyDescription("Requirement not met, e.g. \"7.5.3\" or \"A.6.2.8\".")
    String requirement,
    @Informational("Descriptive (the organization's own grading)")
    @JsonPropertyDescription("Grade.")
    NonconformityGrade grade,
    @Informational("Only used to ignore nonconformities raised after the evaluation date; absent means raised (strict case)")
    @JsonPropertyDescription("When it was raised.")
    LocalDate raisedOn,
    @Evidence(value = {"10.2"}, when = "10.2-a1: needed once the nonconformity is closed (10.2/closed-without-correction)", alsoIn = {"/nonconformities/*/correctedOn"}, onlyIf = "status=CLOSED")
    @JsonPropertyDescription("Correction made (10.2 a).")
    String correction,
    @Evidence(value = {"10.2"}, when = "10.2-a1: alternative to the correction text (10.2/closed-without-correction)", alsoIn = {"/nonconformities/*/correction"}, onlyIf = "status=CLOSED")
    @JsonPropertyDescription("When it was corrected.")
    LocalDate correctedOn,
    @Evidence(value = {"10.2"}, when = "10.2-a2: needed once closed (10.2/consequences-not-addressed)", onlyIf = "status=CLOSED")
    @JsonPropertyDescription("Whether consequences were dealt with (10.2 a).")
    Boolean consequencesAddressed,
    @Evidence(value = {"10.2"}, when = "10.2-b1: needed once closed unless the cause is determined (10.2/need-for-action-not-evaluated)", alsoIn = {"/nonconformities/*/rootCause"}, onlyIf = "status=CLOSED")
    @JsonPropertyDescription("When it was reviewed (10.2 b).")
    LocalDate reviewedOn,
    @Evidence(value = {"10.2"}, when = "10.2-b2: needed once reviewed, decided, closed or past due (10.2/root-cause-not-determined)")
    @JsonPropertyDescription("Cause determined (10.2 b).")
    String rootCause,
    @Evidence(value = {"10.2"}, when = "10.2-b3: needed once closed (10.2/similar-nonconformities-not-checked)", onlyIf = "status=CLOSED")
    @JsonPropertyDescription("Whether similar nonconformities were looked for (10.2 b).")
    Boolean similarNonconformitiesChecked,
    @Evidence(value = {"10.2"}, when = "10.2-b decision on action: needed once closed unless a corrective action is recorded (10.2/need-for-action-not-evaluated)", alsoIn = {"/correctiveActions/*/nonconformityId"}, onlyIf = "status=CLOSED")
    @JsonPropertyDescription("Whether action on causes is needed (10.2 b).")
    Boolean correctiveActionNeeded,
    @Evidence(value = {"10.2"}, need = Evidence.Need.APPLICABLE, when = "Guidance (observation): why no action is needed (10.2/no-action-without-rationale)", onlyIf = "correctiveActionNeeded=false")
    @JsonPropertyDescription("Why no corrective action is needed, when none is.")
    String rationale,
    @Informational("Drives 10.2/aims-change-not-made when true; absent is read as no change needed since 10.2-e requires changes only if necessary")
    @JsonPropertyDescription("Whether the AIMS must change (10.2 e).")
    Boolean aimsChangeNeeded,
    @Evidence(value = {"10.2"}, need = Evidence.Need.APPLICABLE, when = "10.2-e: the changes made, needed when the AIMS must change (10.2/aims-change-not-made)", onlyIf = "aimsChangeNeeded=true")
    @RefersTo(Change.class) @JsonPropertyDescription("Changes made to the AIMS.")
    List<String> changeIds,
    @Evidence(value = {"10.2"}, when = "Whether the handling is complete; an absent status with a closing date counts as closed (fail closed); without either the nonconformity is treated as open and the record is reported (observation 10.2/nonconformity-status-not-recorded)", alsoIn = {"/nonconformities/*/closedOn"})
    @JsonPropertyDescription("Status.")
    NonconformityStatus status,
    @Evidence(value = {"10.2"}, when = "When it was closed; with no status a closing date makes it closed; with status CLOSED an absent date counts as closed (strict case); with neither, observation 10.2/nonconformity-status-not-recorded", alsoIn = {"/nonconformities/*/status"})
    @JsonPropertyDescription("When it was closed.")
    LocalDate closedOn,
    @Evidence(value = {"10.2"}, when = "10.2-g1: the nonconformity record (10.2/nonconformity-not-recorded)", alsoIn = {"/correctiveActions/*/resultsDocumentId", "/documents[type=NONCONFORMITY_RECORDS]"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the nonconformity record.")
    String documentId,
    @Informational("10.2 sets no due date; a date given is checked (10.2/root-cause-not-determined, c10PastDue) and an open action with neither its own nor the nonconformity's due date now raises 10.2/corrective-action-without-due-date")
    @JsonPropertyDescription("Date by which the nonconformity is to be resolved (fact model 1.1).")
    LocalDate dueDate) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public Nonconformity {
    changeIds = ModelLists.copy(changeIds, "changeIds");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static NonconformityBuilder builder() {
    return NonconformityBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public NonconformityBuilder toBuilder() {
    return NonconformityBuilder.builder(this);
  }
}
