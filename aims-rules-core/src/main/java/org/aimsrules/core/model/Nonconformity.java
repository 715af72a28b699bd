package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * A nonconformity (10.2).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param description The nonconformity.
 * @param source How it was found.
 * @param auditId Audit that found it.
 * @param incidentId Incident that revealed it.
 * @param requirement Requirement not met, e.g. "7.5.3" or "A.6.2.8".
 * @param grade Grade.
 * @param raisedOn When it was raised.
 * @param correction Correction made (10.2 a).
 * @param correctedOn When it was corrected.
 * @param consequencesAddressed Whether consequences were dealt with (10.2 a).
 * @param reviewedOn When it was reviewed (10.2 b).
 * @param rootCause Cause determined (10.2 b).
 * @param similarNonconformitiesChecked Whether similar nonconformities were looked for (10.2 b).
 * @param correctiveActionNeeded Whether action on causes is needed (10.2 b).
 * @param rationale Why no corrective action is needed, when none is.
 * @param aimsChangeNeeded Whether the AIMS must change (10.2 e).
 * @param changeIds Changes made to the AIMS.
 * @param status Status.
 * @param closedOn When it was closed.
 * @param documentId Id of the nonconformity record.
 * @param dueDate Date by which the nonconformity is to be resolved (fact model 1.1).
 */
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
    b.auditId = auditId;
    b.incidentId = incidentId;
    b.requirement = requirement;
    b.grade = grade;
    b.raisedOn = raisedOn;
    b.correction = correction;
    b.correctedOn = correctedOn;
    b.consequencesAddressed = consequencesAddressed;
    b.reviewedOn = reviewedOn;
    b.rootCause = rootCause;
    b.similarNonconformitiesChecked = similarNonconformitiesChecked;
    b.correctiveActionNeeded = correctiveActionNeeded;
    b.rationale = rationale;
    b.aimsChangeNeeded = aimsChangeNeeded;
    b.changeIds = changeIds;
    b.status = status;
    b.closedOn = closedOn;
    b.documentId = documentId;
    b.dueDate = dueDate;
    return b;
  }

  /** Builder for {@link Nonconformity}. */
  public static final class Builder {
    private String id;
    private String description;
    private NonconformitySource source;
    private String auditId;
    private String incidentId;
    private String requirement;
    private NonconformityGrade grade;
    private LocalDate raisedOn;
    private String correction;
    private LocalDate correctedOn;
    private Boolean consequencesAddressed;
    private LocalDate reviewedOn;
    private String rootCause;
    private Boolean similarNonconformitiesChecked;
    private Boolean correctiveActionNeeded;
    private String rationale;
    private Boolean aimsChangeNeeded;
    private List<String> changeIds;
    private NonconformityStatus status;
    private LocalDate closedOn;
    private String documentId;
    private LocalDate dueDate;

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
     * @param value the nonconformity.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code source}.
     *
     * @param value how it was found.
     * @return this builder
     */
    public Builder source(NonconformitySource value) {
      this.source = value;
      return this;
    }

    /**
     * Sets {@code auditId}.
     *
     * @param value audit that found it.
     * @return this builder
     */
    public Builder auditId(String value) {
      this.auditId = value;
      return this;
    }

    /**
     * Sets {@code incidentId}.
     *
     * @param value incident that revealed it.
     * @return this builder
     */
    public Builder incidentId(String value) {
      this.incidentId = value;
      return this;
    }

    /**
     * Sets {@code requirement}.
     *
     * @param value requirement not met, e.g. "7.5.3" or "A.6.2.8".
     * @return this builder
     */
    public Builder requirement(String value) {
      this.requirement = value;
      return this;
    }

    /**
     * Sets {@code grade}.
     *
     * @param value grade.
     * @return this builder
     */
    public Builder grade(NonconformityGrade value) {
      this.grade = value;
      return this;
    }

    /**
     * Sets {@code raisedOn}.
     *
     * @param value when it was raised.
     * @return this builder
     */
    public Builder raisedOn(LocalDate value) {
      this.raisedOn = value;
      return this;
    }

    /**
     * Sets {@code correction}.
     *
     * @param value correction made (10.2 a).
     * @return this builder
     */
    public Builder correction(String value) {
      this.correction = value;
      return this;
    }

    /**
     * Sets {@code correctedOn}.
     *
     * @param value when it was corrected.
     * @return this builder
     */
    public Builder correctedOn(LocalDate value) {
      this.correctedOn = value;
      return this;
    }

    /**
     * Sets {@code consequencesAddressed}.
     *
     * @param value whether consequences were dealt with (10.2 a).
     * @return this builder
     */
    public Builder consequencesAddressed(Boolean value) {
      this.consequencesAddressed = value;
      return this;
    }

    /**
     * Sets {@code reviewedOn}.
     *
     * @param value when it was reviewed (10.2 b).
     * @return this builder
     */
    public Builder reviewedOn(LocalDate value) {
      this.reviewedOn = value;
      return this;
    }

    /**
     * Sets {@code rootCause}.
     *
     * @param value cause determined (10.2 b).
     * @return this builder
     */
    public Builder rootCause(String value) {
      this.rootCause = value;
      return this;
    }

    /**
     * Sets {@code similarNonconformitiesChecked}.
     *
     * @param value whether similar nonconformities were looked for (10.2 b).
     * @return this builder
     */
    public Builder similarNonconformitiesChecked(Boolean value) {
      this.similarNonconformitiesChecked = value;
      return this;
    }

    /**
     * Sets {@code correctiveActionNeeded}.
     *
     * @param value whether action on causes is needed (10.2 b).
     * @return this builder
     */
    public Builder correctiveActionNeeded(Boolean value) {
      this.correctiveActionNeeded = value;
      return this;
    }

    /**
     * Sets {@code rationale}.
     *
     * @param value why no corrective action is needed, when none is.
     * @return this builder
     */
    public Builder rationale(String value) {
      this.rationale = value;
      return this;
    }

    /**
     * Sets {@code aimsChangeNeeded}.
     *
     * @param value whether the AIMS must change (10.2 e).
     * @return this builder
     */
    public Builder aimsChangeNeeded(Boolean value) {
      this.aimsChangeNeeded = value;
      return this;
    }

    /**
     * Sets {@code changeIds}.
     *
     * @param value changes made to the AIMS.
     * @return this builder
     */
    public Builder changeIds(List<String> value) {
      this.changeIds = value;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param value status.
     * @return this builder
     */
    public Builder status(NonconformityStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code closedOn}.
     *
     * @param value when it was closed.
     * @return this builder
     */
    public Builder closedOn(LocalDate value) {
      this.closedOn = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the nonconformity record.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code dueDate}.
     *
     * @param value date by which the nonconformity is to be resolved (fact model 1.1).
     * @return this builder
     */
    public Builder dueDate(LocalDate value) {
      this.dueDate = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Nonconformity build() {
      return new Nonconformity(id, description, source, auditId, incidentId, requirement, grade, raisedOn, correction, correctedOn, consequencesAddressed, reviewedOn, rootCause, similarNonconformitiesChecked, correctiveActionNeeded, rationale, aimsChangeNeeded, changeIds, status, closedOn, documentId, dueDate);
    }
  }
}
