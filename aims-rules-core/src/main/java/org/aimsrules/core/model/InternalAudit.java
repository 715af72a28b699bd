package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * An internal audit (9.2).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param status Status.
 * @param plannedOn Planned date.
 * @param performedOn Date performed.
 * @param objectives Audit objectives.
 * @param criteria Audit criteria.
 * @param scope Clauses and controls covered, e.g. "4", "6.1.2", "A.6".
 * @param processIds Processes audited.
 * @param auditorIds Auditors.
 * @param reportDocumentId Id of the audit report.
 * @param reportedToIds Managers the results were reported to.
 * @param reportedOn When results were reported.
 * @param auditorsIndependent Whether the organization determined the auditors to be independent of the audited activities (fact model 1.1).
 */
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
    b.status = status;
    b.plannedOn = plannedOn;
    b.performedOn = performedOn;
    b.objectives = objectives;
    b.criteria = criteria;
    b.scope = scope;
    b.processIds = processIds;
    b.auditorIds = auditorIds;
    b.reportDocumentId = reportDocumentId;
    b.reportedToIds = reportedToIds;
    b.reportedOn = reportedOn;
    b.auditorsIndependent = auditorsIndependent;
    return b;
  }

  /** Builder for {@link InternalAudit}. */
  public static final class Builder {
    private String id;
    private AuditStatus status;
    private LocalDate plannedOn;
    private LocalDate performedOn;
    private String objectives;
    private String criteria;
    private List<String> scope;
    private List<String> processIds;
    private List<String> auditorIds;
    private String reportDocumentId;
    private List<String> reportedToIds;
    private LocalDate reportedOn;
    private Boolean auditorsIndependent;

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
     * Sets {@code status}.
     *
     * @param value status.
     * @return this builder
     */
    public Builder status(AuditStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code plannedOn}.
     *
     * @param value planned date.
     * @return this builder
     */
    public Builder plannedOn(LocalDate value) {
      this.plannedOn = value;
      return this;
    }

    /**
     * Sets {@code performedOn}.
     *
     * @param value date performed.
     * @return this builder
     */
    public Builder performedOn(LocalDate value) {
      this.performedOn = value;
      return this;
    }

    /**
     * Sets {@code objectives}.
     *
     * @param value audit objectives.
     * @return this builder
     */
    public Builder objectives(String value) {
      this.objectives = value;
      return this;
    }

    /**
     * Sets {@code criteria}.
     *
     * @param value audit criteria.
     * @return this builder
     */
    public Builder criteria(String value) {
      this.criteria = value;
      return this;
    }

    /**
     * Sets {@code scope}.
     *
     * @param value clauses and controls covered, e.g. "4", "6.1.2", "A.6".
     * @return this builder
     */
    public Builder scope(List<String> value) {
      this.scope = value;
      return this;
    }

    /**
     * Sets {@code processIds}.
     *
     * @param value processes audited.
     * @return this builder
     */
    public Builder processIds(List<String> value) {
      this.processIds = value;
      return this;
    }

    /**
     * Sets {@code auditorIds}.
     *
     * @param value auditors.
     * @return this builder
     */
    public Builder auditorIds(List<String> value) {
      this.auditorIds = value;
      return this;
    }

    /**
     * Sets {@code reportDocumentId}.
     *
     * @param value id of the audit report.
     * @return this builder
     */
    public Builder reportDocumentId(String value) {
      this.reportDocumentId = value;
      return this;
    }

    /**
     * Sets {@code reportedToIds}.
     *
     * @param value managers the results were reported to.
     * @return this builder
     */
    public Builder reportedToIds(List<String> value) {
      this.reportedToIds = value;
      return this;
    }

    /**
     * Sets {@code reportedOn}.
     *
     * @param value when results were reported.
     * @return this builder
     */
    public Builder reportedOn(LocalDate value) {
      this.reportedOn = value;
      return this;
    }

    /**
     * Sets {@code auditorsIndependent}.
     *
     * @param value whether the organization determined the auditors to be independent of the audited activities (fact model 1.1).
     * @return this builder
     */
    public Builder auditorsIndependent(Boolean value) {
      this.auditorsIndependent = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public InternalAudit build() {
      return new InternalAudit(id, status, plannedOn, performedOn, objectives, criteria, scope, processIds, auditorIds, reportDocumentId, reportedToIds, reportedOn, auditorsIndependent);
    }
  }
}
