package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * The internal audit programme (9.2.2).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static AuditProgrammeBuilder builder() {
    return AuditProgrammeBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public AuditProgrammeBuilder toBuilder() {
    return AuditProgrammeBuilder.builder(this);
  }
}
