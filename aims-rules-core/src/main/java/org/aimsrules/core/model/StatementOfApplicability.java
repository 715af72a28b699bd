package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * The Statement of Applicability (6.1.3 f).
 *
 * @param documentId Id of the Statement of Applicability.
 * @param version Version.
 * @param approvedBy Who approved it.
 * @param approvedOn Approval date.
 * @param lastReviewedOn Last review date.
 * @param communicatedOn When the necessary controls were last communicated within the organization
 * (6.1.3).
 * @param availableToInterestedParties Whether the necessary controls are available to interested
 * parties as appropriate (6.1.3).
 * @param entries One entry per Annex A control.
 * @param additionalControls Controls beyond Annex A (6.1.3 d).
 * @param approverIds Further people who approved it, when several did (fact model 1.1).
 */
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
    b.documentId = documentId;
    b.version = version;
    b.approvedBy = approvedBy;
    b.approvedOn = approvedOn;
    b.lastReviewedOn = lastReviewedOn;
    b.communicatedOn = communicatedOn;
    b.availableToInterestedParties = availableToInterestedParties;
    b.entries = entries;
    b.additionalControls = additionalControls;
    b.approverIds = approverIds;
    return b;
  }

  /** Builder for {@link StatementOfApplicability}. */
  public static final class Builder {
    private String documentId;
    private String version;
    private String approvedBy;
    private LocalDate approvedOn;
    private LocalDate lastReviewedOn;
    private LocalDate communicatedOn;
    private Boolean availableToInterestedParties;
    private List<SoaEntry> entries;
    private List<String> additionalControls;
    private List<String> approverIds;

    private Builder() {}

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the Statement of Applicability.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code version}.
     *
     * @param value version.
     * @return this builder
     */
    public Builder version(String value) {
      this.version = value;
      return this;
    }

    /**
     * Sets {@code approvedBy}.
     *
     * @param value who approved it.
     * @return this builder
     */
    public Builder approvedBy(String value) {
      this.approvedBy = value;
      return this;
    }

    /**
     * Sets {@code approvedOn}.
     *
     * @param value approval date.
     * @return this builder
     */
    public Builder approvedOn(LocalDate value) {
      this.approvedOn = value;
      return this;
    }

    /**
     * Sets {@code lastReviewedOn}.
     *
     * @param value last review date.
     * @return this builder
     */
    public Builder lastReviewedOn(LocalDate value) {
      this.lastReviewedOn = value;
      return this;
    }

    /**
     * Sets {@code communicatedOn}.
     *
     * @param value when the necessary controls were last communicated within the organization (6.1.3).
     * @return this builder
     */
    public Builder communicatedOn(LocalDate value) {
      this.communicatedOn = value;
      return this;
    }

    /**
     * Sets {@code availableToInterestedParties}.
     *
     * @param value whether the necessary controls are available to interested parties as appropriate (6.1.3).
     * @return this builder
     */
    public Builder availableToInterestedParties(Boolean value) {
      this.availableToInterestedParties = value;
      return this;
    }

    /**
     * Sets {@code entries}.
     *
     * @param value one entry per Annex A control.
     * @return this builder
     */
    public Builder entries(List<SoaEntry> value) {
      this.entries = value;
      return this;
    }

    /**
     * Sets {@code additionalControls}.
     *
     * @param value controls beyond Annex A (6.1.3 d).
     * @return this builder
     */
    public Builder additionalControls(List<String> value) {
      this.additionalControls = value;
      return this;
    }

    /**
     * Sets {@code approverIds}.
     *
     * @param value further people who approved it, when several did (fact model 1.1).
     * @return this builder
     */
    public Builder approverIds(List<String> value) {
      this.approverIds = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public StatementOfApplicability build() {
      return new StatementOfApplicability(documentId, version, approvedBy, approvedOn, lastReviewedOn, communicatedOn, availableToInterestedParties, entries, additionalControls, approverIds);
    }
  }
}
