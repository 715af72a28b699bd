package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * An internal audit (9.2).
 */
@RecordBuilder
public record InternalAudit(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Evidence(value = {"9.2.2"}, when = "Whether the audit was performed: an absent status with a performance date counts as completed (common derivation), so only performedOn decides", alsoIn = {"/audits/*/performedOn"}, absentMeans = "COMPLETED")
    @JsonPropertyDescription("Status.")
    AuditStatus status,
    @Informational("Planning date; 9.2 judges performed audits against the interval, not the plan")
    @JsonPropertyDescription("Planned date.")
    LocalDate plannedOn,
    @Evidence(value = {"9.2.1", "9.2.2"}, when = "9.2.1-1: the date that makes an audit count; absent means no completed audit (9.2.2/no-internal-audit, internal-audit-overdue)")
    @JsonPropertyDescription("Date performed.")
    LocalDate performedOn,
    @Evidence(value = {"9.2.2"}, when = "9.2.2-a: needed for every completed audit (9.2.2/audit-not-defined)")
    @JsonPropertyDescription("Audit objectives.")
    String objectives,
    @Evidence(value = {"9.2.2"}, when = "9.2.2-a: needed for every completed audit (9.2.2/audit-not-defined)")
    @JsonPropertyDescription("Audit criteria.")
    String criteria,
    @Evidence(value = {"9.2.2", "9.2.1"}, when = "9.2.2-a scope of a performed audit (9.2.2/audit-not-defined), and the clauses covered (9.2.1/clause-unaudited); not yet for an audit that is only planned", alsoIn = {"/audits/*/processIds"}, onlyIf = "status!=PLANNED")
    @ClauseRef @JsonPropertyDescription("Clauses and controls covered, e.g. \"4\", \"6.1.2\", \"A.6\".")
    List<String> scope,
    @Evidence(value = {"9.2.2", "9.2.1"}, when = "Scope by processes audited (9.2.2/audit-not-defined accepts it instead of scope; 9.2.1/process-unaudited)", alsoIn = {"/audits/*/scope"})
    @RefersTo(AimsProcess.class) @JsonPropertyDescription("Processes audited.")
    List<String> processIds,
    @Evidence(value = {"9.2.2"}, when = "9.2.2-b: auditors of a performed audit (9.2.2/auditor-not-recorded, observation); not yet for an audit that is only planned", onlyIf = "status!=PLANNED")
    @RefersTo(Person.class) @JsonPropertyDescription("Auditors.")
    List<String> auditorIds,
    @Evidence(value = {"9.2.2"}, when = "9.2.2-3: report of a completed audit (9.2.2/audit-report-not-retained)")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the audit report.")
    String reportDocumentId,
    @Evidence(value = {"9.2.2"}, when = "9.2.2-c: results reported to managers, needed a month after the audit unless a later management review considered audit results (9.2.2/audit-results-not-reported)", alsoIn = {"/managementReviews/*/inputs"})
    @RefersTo(Person.class) @JsonPropertyDescription("Managers the results were reported to.")
    List<String> reportedToIds,
    @Evidence(value = {"9.2.2"}, when = "9.2.2-c: when results were reported (same rule and alternative as reportedToIds)", alsoIn = {"/managementReviews/*/inputs"})
    @JsonPropertyDescription("When results were reported.")
    LocalDate reportedOn,
    @Informational("Only relaxes 9.2.2/auditor-audits-own-process (a stated independence); its absence is the strict case")
    @JsonPropertyDescription("Whether the organization determined the auditors to be independent of the audited activities (fact model 1.1).")
    Boolean auditorsIndependent) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public InternalAudit {
    scope = ModelLists.copy(scope, "scope");
    processIds = ModelLists.copy(processIds, "processIds");
    auditorIds = ModelLists.copy(auditorIds, "auditorIds");
    reportedToIds = ModelLists.copy(reportedToIds, "reportedToIds");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static InternalAuditBuilder builder() {
    return InternalAuditBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public InternalAuditBuilder toBuilder() {
    return InternalAuditBuilder.builder(this);
  }
}
