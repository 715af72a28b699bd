package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * The Statement of Applicability (6.1.3 f).
 */
@RecordBuilder
public record StatementOfApplicability(
    @Evidence(value = {"6.1.3-5"}, need = Evidence.Need.APPLICABLE, when = "as the alternative evidence of approval, review and version; the register item is checked by 6.1.3/soa-not-in-register", alsoIn = {"/documents[type=STATEMENT_OF_APPLICABILITY]"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the Statement of Applicability.")
    String documentId,
    @Evidence(value = {"6.1.3-f"}, when = "always (6.1.3/soa-version-missing, statement-of-applicability slice)", alsoIn = {"/documents/*/version"})
    @JsonPropertyDescription("Version.")
    String version,
    @Evidence(value = {"6.1.3-f"}, when = "always (6.1.3/soa-not-approved, statement-of-applicability slice)", alsoIn = {"/documents/*/approvedBy"})
    @RefersTo(Person.class) @JsonPropertyDescription("Who approved it.")
    String approvedBy,
    @Evidence(value = {"6.1.3-f"}, when = "as approvedBy", alsoIn = {"/documents/*/approvedOn"})
    @JsonPropertyDescription("Approval date.")
    LocalDate approvedOn,
    @Evidence(value = {"6.1.3-f"}, when = "always (6.1.3/soa-review-overdue, statement-of-applicability slice)", alsoIn = {"/statementOfApplicability/approvedOn", "/documents/*/reviewedOn", "/documents/*/approvedOn"})
    @JsonPropertyDescription("Last review date.")
    LocalDate lastReviewedOn,
    @Evidence(value = {"6.1.3-6"}, when = "always (6.1.3/controls-not-communicated)")
    @JsonPropertyDescription("When the necessary controls were last communicated within the organization (6.1.3).")
    LocalDate communicatedOn,
    @Evidence(value = {"6.1.3-7"}, when = "always, as observation (6.1.3/controls-not-available-to-interested-parties)")
    @JsonPropertyDescription("Whether the necessary controls are available to interested parties as appropriate (6.1.3).")
    Boolean availableToInterestedParties,
    @Evidence(value = {"6.1.3-f"}, when = "always (6.1.3/soa-incomplete)")
    @JsonPropertyDescription("One entry per Annex A control.")
    List<SoaEntry> entries,
    @Evidence(value = {"6.1.3-d"}, need = Evidence.Need.APPLICABLE, when = "when a treatment uses controls beyond Annex A (6.1.3/additional-control-not-in-soa)")
    @JsonPropertyDescription("Controls beyond Annex A (6.1.3 d).")
    List<String> additionalControls,
    @RefersTo(Person.class) @JsonPropertyDescription("Further people who approved it, when several did (fact model 1.1).")
    List<String> approverIds) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public StatementOfApplicability {
    entries = ModelLists.copy(entries, "entries");
    additionalControls = ModelLists.copy(additionalControls, "additionalControls");
    approverIds = ModelLists.copy(approverIds, "approverIds");
  }

  /**
   * Whether anyone approved the Statement of Applicability: {@code approvedBy} or one of
   * {@code approverIds}.
   *
   * @return true when an approver is recorded
   */
  public boolean approved() {
    return approvedBy != null || !approverIds.isEmpty();
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static StatementOfApplicabilityBuilder builder() {
    return StatementOfApplicabilityBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public StatementOfApplicabilityBuilder toBuilder() {
    return StatementOfApplicabilityBuilder.builder(this);
  }
}
