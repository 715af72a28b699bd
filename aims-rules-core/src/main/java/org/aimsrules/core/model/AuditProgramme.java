package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * The internal audit programme (9.2.2).
 *
 * @param documentId Id of the programme.
 * @param intervalMonths Planned interval between audits.
 * @param fullCoverageMonths Period within which the whole AIMS is audited.
 * @param methods Audit methods.
 * @param responsibleId Who manages the programme.
 * @param reporting How results are reported.
 * @param considersProcessImportance Whether the importance of processes is taken into account.
 * @param considersPreviousResults Whether results of previous audits are taken into account.
 * @param approvedBy Who approved it.
 * @param approvedOn When.
 */
public record AuditProgramme(
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the programme.")
    String documentId,
    @Evidence(value = {"9.2.2"}, when = "9.2.2-1 frequency: needed unless the organization plans the internal-audit interval (9.2.2/audit-programme-incomplete)", alsoIn = {"/plannedIntervals/internalAuditMonths"})
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("Planned interval between audits.")
    Integer intervalMonths,
    @Informational("Coverage period of the programme; the audit-coverage interval falls back to the certification-practice default of 36 months, which is the strictest practical reading")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("Period within which the whole AIMS is audited.")
    Integer fullCoverageMonths,
    @Evidence(value = {"9.2.2"}, when = "9.2.2-1 methods: needed unless a documented internal-audit process describes them (9.2.2/audit-programme-incomplete)", alsoIn = {"/processes/*/documentId"})
    @JsonPropertyDescription("Audit methods.")
    String methods,
    @Evidence(value = {"9.2.2"}, when = "9.2.2-1 responsibilities: needed unless the internal-audit process has an owner or a role holds the internal-audit area (9.2.2/audit-programme-incomplete)", alsoIn = {"/processes/*/ownerId", "/roles/*/areas"})
    @RefersTo(Person.class) @JsonPropertyDescription("Who manages the programme.")
    String responsibleId,
    @Evidence(value = {"9.2.2"}, when = "9.2.2-1 reporting: needed unless a documented internal-audit process describes it (9.2.2/audit-programme-incomplete)", alsoIn = {"/processes/*/documentId"})
    @JsonPropertyDescription("How results are reported.")
    String reporting,
    @Evidence(value = {"9.2.2"}, when = "9.2.2-2: absent raises 9.2.2/audit-programme-priorities-missing")
    @JsonPropertyDescription("Whether the importance of processes is taken into account.")
    Boolean considersProcessImportance,
    @Evidence(value = {"9.2.2"}, when = "9.2.2-2: absent raises 9.2.2/audit-programme-priorities-missing")
    @JsonPropertyDescription("Whether results of previous audits are taken into account.")
    Boolean considersPreviousResults,
    @Evidence(value = {"9.2.2"}, when = "Guidance (observation): the programme's approval; accepted from the approval of a programme document in force, the one the programme names or one of type audit programme (9.2.2/audit-programme-not-approved)", alsoIn = {"/documents[type=AUDIT_PROGRAMME]"})
    @RefersTo(Person.class) @JsonPropertyDescription("Who approved it.")
    String approvedBy,
    @Informational("Date of approval; the approval itself (approvedBy) is what is checked")
    @JsonPropertyDescription("When.")
    LocalDate approvedOn) implements AimsFact {

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
    b.intervalMonths = intervalMonths;
    b.fullCoverageMonths = fullCoverageMonths;
    b.methods = methods;
    b.responsibleId = responsibleId;
    b.reporting = reporting;
    b.considersProcessImportance = considersProcessImportance;
    b.considersPreviousResults = considersPreviousResults;
    b.approvedBy = approvedBy;
    b.approvedOn = approvedOn;
    return b;
  }

  /** Builder for {@link AuditProgramme}. */
  public static final class Builder {
    private String documentId;
    private Integer intervalMonths;
    private Integer fullCoverageMonths;
    private String methods;
    private String responsibleId;
    private String reporting;
    private Boolean considersProcessImportance;
    private Boolean considersPreviousResults;
    private String approvedBy;
    private LocalDate approvedOn;

    private Builder() {}

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the programme.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code intervalMonths}.
     *
     * @param value planned interval between audits.
     * @return this builder
     */
    public Builder intervalMonths(Integer value) {
      this.intervalMonths = value;
      return this;
    }

    /**
     * Sets {@code fullCoverageMonths}.
     *
     * @param value period within which the whole AIMS is audited.
     * @return this builder
     */
    public Builder fullCoverageMonths(Integer value) {
      this.fullCoverageMonths = value;
      return this;
    }

    /**
     * Sets {@code methods}.
     *
     * @param value audit methods.
     * @return this builder
     */
    public Builder methods(String value) {
      this.methods = value;
      return this;
    }

    /**
     * Sets {@code responsibleId}.
     *
     * @param value who manages the programme.
     * @return this builder
     */
    public Builder responsibleId(String value) {
      this.responsibleId = value;
      return this;
    }

    /**
     * Sets {@code reporting}.
     *
     * @param value how results are reported.
     * @return this builder
     */
    public Builder reporting(String value) {
      this.reporting = value;
      return this;
    }

    /**
     * Sets {@code considersProcessImportance}.
     *
     * @param value whether the importance of processes is taken into account.
     * @return this builder
     */
    public Builder considersProcessImportance(Boolean value) {
      this.considersProcessImportance = value;
      return this;
    }

    /**
     * Sets {@code considersPreviousResults}.
     *
     * @param value whether results of previous audits are taken into account.
     * @return this builder
     */
    public Builder considersPreviousResults(Boolean value) {
      this.considersPreviousResults = value;
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
     * @param value when.
     * @return this builder
     */
    public Builder approvedOn(LocalDate value) {
      this.approvedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public AuditProgramme build() {
      return new AuditProgramme(documentId, intervalMonths, fullCoverageMonths, methods, responsibleId, reporting, considersProcessImportance, considersPreviousResults, approvedBy, approvedOn);
    }
  }
}
