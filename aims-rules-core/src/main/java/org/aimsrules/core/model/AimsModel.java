package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * An organization's AI management system, as submitted for evaluation (fact model v1).
 *
 * @param schemaVersion Version of the fact-model format: "1.1" (1.0 documents are read as they are).
 * @param organization The organization.
 * @param people People named in the model.
 * @param context Context of the organization (4.1).
 * @param interestedParties Interested parties (4.2).
 * @param scope Scope of the AIMS (4.3).
 * @param processes AIMS processes (4.4, 8.1).
 * @param leadership Leadership and commitment (5.1).
 * @param aiPolicy AI policy (5.2).
 * @param roles Roles, responsibilities and authorities (5.3).
 * @param concernReporting Reporting of concerns (A.3.3).
 * @param aiSystems AI system inventory.
 * @param dataResources Data resources (A.7).
 * @param resources Resources (7.1, A.4).
 * @param suppliers Suppliers (A.10.3).
 * @param customers Customers (A.10.4).
 * @param riskCriteria AI risk criteria (6.1.1).
 * @param riskAssessments AI risk assessments (6.1.2, 8.2).
 * @param risks AI risks and opportunities.
 * @param riskTreatmentPlan AI risk treatment plan (6.1.3).
 * @param riskTreatments AI risk treatments (6.1.3, 8.3).
 * @param statementOfApplicability Statement of Applicability (6.1.3).
 * @param impactAssessments AI system impact assessments (6.1.4, 8.4).
 * @param objectives AI objectives (6.2).
 * @param changes Changes (6.3, 8.1).
 * @param competenceRequirements Competence requirements (7.2).
 * @param competenceRecords Competence evidence (7.2).
 * @param awarenessActivities Awareness activities (7.3).
 * @param communications Communications (7.4).
 * @param documents Documented information register (7.5).
 * @param monitoring Monitoring and measurement (9.1).
 * @param auditProgramme Internal audit programme (9.2.2).
 * @param audits Internal audits (9.2).
 * @param managementReviews Management reviews (9.3).
 * @param nonconformities Nonconformities (10.2).
 * @param correctiveActions Corrective actions (10.2).
 * @param improvements Continual improvement (10.1).
 * @param incidents AI incidents (A.8.4).
 * @param incidentManagement Incident communication (A.8.4).
 * @param externalReporting External reporting (A.8.3).
 * @param reportingObligations Reporting obligations (A.8.5).
 * @param plannedIntervals The organization's planned intervals.
 * @param certification Certification status.
 */
public record AimsModel(
    @Identity("the format version of the document; required")
    @Required @JsonPropertyDescription("Version of the fact-model format: \"1.1\" (1.0 documents are read as they are).")
    String schemaVersion,
    @Identity("the organization the document describes; required")
    @Required @JsonPropertyDescription("The organization.")
    Organization organization,
    @Identity("the people whom other records name (owners, approvers, auditors); each requirement that needs a person names it through its own link")
    @JsonPropertyDescription("People named in the model.")
    List<Person> people,
    @Evidence(value = {"4.1-1"}, when = "always: internal and external issues must be determined (4.1/context-missing)")
    @JsonPropertyDescription("Context of the organization (4.1).")
    Context context,
    @Evidence(value = {"4.2-a"}, when = "always: relevant interested parties must be identified (4.2/no-relevant-interested-parties)")
    @JsonPropertyDescription("Interested parties (4.2).")
    List<InterestedParty> interestedParties,
    @Evidence(value = {"4.3-1", "4.3-3"}, when = "always: the AIMS scope must be determined and kept as documented information (4.3/scope-missing, MAJOR)", alsoIn = {"/documents[type=AIMS_SCOPE]"})
    @JsonPropertyDescription("Scope of the AIMS (4.3).")
    Scope scope,
    @Evidence(value = {"8.1", "4.4", "A.9.2", "A.6.1.3"}, when = "Always: the processes 8.1 requires must be planned and controlled; absent raises 8.1/no-operational-processes (and 4.4/no-aims-processes)")
    @JsonPropertyDescription("AIMS processes (4.4, 8.1).")
    List<AimsProcess> processes,
    @Evidence(value = {"5.1"}, when = "always: top management must demonstrate leadership (5.1/no-leadership-evidence); other evidence accepted: policy approved, role assigned or review attended by top management", alsoIn = {"/aiPolicy/approvedBy", "/roles/*/assignedBy", "/managementReviews/*/attendeeIds"})
    @JsonPropertyDescription("Leadership and commitment (5.1).")
    Leadership leadership,
    @Evidence(value = {"5.2"}, when = "always: an AI policy must exist (5.2/policy-missing, MAJOR)", alsoIn = {"/documents[type=AI_POLICY]"})
    @JsonPropertyDescription("AI policy (5.2).")
    AiPolicy aiPolicy,
    @Evidence(value = {"5.3-1", "A.3.2"}, when = "always: AIMS roles must be assigned (5.3/no-roles, MAJOR)")
    @JsonPropertyDescription("Roles, responsibilities and authorities (5.3).")
    List<Role> roles,
    @Evidence(value = {"A.3.3"}, when = "A process for reporting concerns is required (A.3.3); a concern-reporting process (by type or by the controls it implements) also counts.", alsoIn = {"/processes/*/type", "/processes/*/controlIds"})
    @JsonPropertyDescription("Reporting of concerns (A.3.3).")
    ConcernReporting concernReporting,
    @Evidence(value = {"4.1", "4.3"}, when = "always: the AI systems the organization develops, provides or uses are the subject of the AIMS")
    @JsonPropertyDescription("AI system inventory.")
    List<AiSystem> aiSystems,
    @Evidence(value = {"A.7.3", "A.7.4", "A.7.5", "A.7.6", "A.4.3", "A.7.2"}, need = Evidence.Need.APPLICABLE, when = "A data control applies to an AI system in scope past inception (developed system, personal data): the new A.7.x/...-not-recorded rules and A.4.3/developed-system-without-data-resources fire when no data is recorded.", alsoIn = {"/resources/*/aiSystemIds", "/aiSystems/*/thirdPartyComponents/*/kind"})
    @JsonPropertyDescription("Data resources (A.7).")
    List<DataResource> dataResources,
    @Evidence(value = {"7.1"}, when = "Always: resources for the AIMS; absent raises 7.1/no-aims-resources")
    @JsonPropertyDescription("Resources (7.1, A.4).")
    List<Resource> resources,
    @Evidence(value = {"A.10.3"}, need = Evidence.Need.APPLICABLE, when = "where A.10.3 applies: suppliers of AI systems, components or data are recorded and evaluated")
    @JsonPropertyDescription("Suppliers (A.10.3).")
    List<Supplier> suppliers,
    @Evidence(value = {"A.10.4"}, need = Evidence.Need.APPLICABLE, when = "A.10.4 applies (the organization or a system has the provider role): A.10.4/no-customers-recorded, now MINOR.")
    @JsonPropertyDescription("Customers (A.10.4).")
    List<Customer> customers,
    @Evidence(value = {"6.1.1-2"}, when = "always: AI risk criteria must be established (6.1.1/risk-criteria-missing)")
    @JsonPropertyDescription("AI risk criteria (6.1.1).")
    RiskCriteria riskCriteria,
    @Evidence(value = {"6.1.2-1"}, when = "always: an AI risk assessment must be completed (6.1.2/no-risk-assessment)")
    @JsonPropertyDescription("AI risk assessments (6.1.2, 8.2).")
    List<RiskAssessment> riskAssessments,
    @Evidence(value = {"6.1.2-c", "6.1.1-7"}, when = "when a risk assessment is recorded: its identified risks must be recorded (6.1.2/no-risks-identified, register rule 6.1.1/risk-actions-not-in-register); with none, 6.1.2/no-risk-assessment reports the lapse", onlyIf = "riskAssessments")
    @JsonPropertyDescription("AI risks and opportunities.")
    List<Risk> risks,
    @Evidence(value = {"6.1.3-g"}, when = "always: a risk treatment plan must be formulated (6.1.3/treatment-plan-missing)", alsoIn = {"/documents[type=RISK_TREATMENT_PLAN]"})
    @JsonPropertyDescription("AI risk treatment plan (6.1.3).")
    RiskTreatmentPlan riskTreatmentPlan,
    @Evidence(value = {"6.1.3-a", "6.1.3-1", "6.1.1-4"}, need = Evidence.Need.APPLICABLE, when = "where risks need treatment: the treatment process applied to the assessed risks; risks marked treated need the action records (6.1.1/treated-risk-without-action-record)")
    @JsonPropertyDescription("AI risk treatments (6.1.3, 8.3).")
    List<RiskTreatment> riskTreatments,
    @Evidence(value = {"6.1.3-f", "6.1.3-c"}, when = "always (6.1.3/soa-missing, MAJOR)")
    @JsonPropertyDescription("Statement of Applicability (6.1.3).")
    StatementOfApplicability statementOfApplicability,
    @Evidence(value = {"6.1.4-1"}, when = "for every AI system in scope (6.1.4/impact-assessment-missing)")
    @JsonPropertyDescription("AI system impact assessments (6.1.4, 8.4).")
    List<ImpactAssessment> impactAssessments,
    @Evidence(value = {"6.2-1", "A.6.1.2", "A.9.3"}, when = "always: AI objectives must be set (6.2/no-objectives, MAJOR, stands against every 6.2 obligation)")
    @JsonPropertyDescription("AI objectives (6.2).")
    List<Objective> objectives,
    @Informational("6.3 applies only when changes are made; no change record is needed when nothing changed, and significant changes of AI systems are also read from AiSystem.lastSignificantChangeOn")
    @JsonPropertyDescription("Changes (6.3, 8.1).")
    List<Change> changes,
    @Evidence(value = {"7.2"}, when = "Always: 7.2 a) competence determined; absent raises 7.2/competence-not-determined (now also when roles are absent)")
    @JsonPropertyDescription("Competence requirements (7.2).")
    List<CompetenceRequirement> competenceRequirements,
    @Evidence(value = {"7.2"}, when = "Always: evidence of competence; absent raises 7.2/no-competence-evidence")
    @JsonPropertyDescription("Competence evidence (7.2).")
    List<CompetenceRecord> competenceRecords,
    @Evidence(value = {"7.3"}, when = "Always: awareness; absent raises 7.3/no-awareness-activity")
    @JsonPropertyDescription("Awareness activities (7.3).")
    List<AwarenessActivity> awarenessActivities,
    @Evidence(value = {"7.4"}, when = "Always: communications determined; absent raises 7.4/no-communications-determined")
    @JsonPropertyDescription("Communications (7.4).")
    List<Communication> communications,
    @Evidence(value = {"7.5.1", "7.5.3"}, when = "always: the documented information the standard requires and the organization deems necessary")
    @JsonPropertyDescription("Documented information register (7.5).")
    List<DocumentedInformation> documents,
    @Evidence(value = {"9.1"}, when = "Always: what is monitored and measured; absent raises 9.1/no-monitoring")
    @JsonPropertyDescription("Monitoring and measurement (9.1).")
    List<MonitoringActivity> monitoring,
    @Evidence(value = {"9.2.2"}, when = "Always: the audit programme; absent in both places raises 9.2.2/audit-programme-missing (now also against 9.2.2-2)", alsoIn = {"/documents[type=AUDIT_PROGRAMME]"})
    @JsonPropertyDescription("Internal audit programme (9.2.2).")
    AuditProgramme auditProgramme,
    @Evidence(value = {"9.2.2", "9.2.1"}, when = "Always: evidence of internal audits; absent raises 9.2.2/no-internal-audit")
    @JsonPropertyDescription("Internal audits (9.2).")
    List<InternalAudit> audits,
    @Evidence(value = {"9.3.1"}, when = "Always: evidence of management review; absent raises 9.3.1/no-management-review")
    @JsonPropertyDescription("Management reviews (9.3).")
    List<ManagementReview> managementReviews,
    @Evidence(value = {"10.2"}, need = Evidence.Need.APPLICABLE, when = "When nonconformities occurred (incidents, audit findings): 10.2/serious-incident-without-nonconformity and the audit rules catch unrecorded ones; an organization with none has nothing to record", alsoIn = {"/incidents/*/nonconformityId"})
    @JsonPropertyDescription("Nonconformities (10.2).")
    List<Nonconformity> nonconformities,
    @Evidence(value = {"10.2"}, need = Evidence.Need.APPLICABLE, when = "When a nonconformity is marked as needing corrective action: absent raises 10.2/corrective-action-missing")
    @JsonPropertyDescription("Corrective actions (10.2).")
    List<CorrectiveAction> correctiveActions,
    @Evidence(value = {"10.1"}, when = "always: continual improvement shows in improvements decided or made; completed corrective actions and review decisions on improvement count too", alsoIn = {"/correctiveActions/*/completedOn", "/managementReviews/*/outputs"})
    @JsonPropertyDescription("Continual improvement (10.1).")
    List<Improvement> improvements,
    @Informational("No requirement asks that incidents occur; incidents recorded are checked (A.8.4, 10.2/serious-incident-without-nonconformity); their absence is not evidence of anything")
    @JsonPropertyDescription("AI incidents (A.8.4).")
    List<Incident> incidents,
    @Evidence(value = {"A.8.4"}, need = Evidence.Need.APPLICABLE, when = "A.8.4 applies.", alsoIn = {"/processes/*/controlIds"})
    @JsonPropertyDescription("Incident communication (A.8.4).")
    IncidentManagement incidentManagement,
    @Evidence(value = {"A.8.3"}, need = Evidence.Need.APPLICABLE, when = "A.8.3 applies; an external-reporting process (by type or by the controls it implements) also counts.", alsoIn = {"/processes/*/type", "/processes/*/controlIds"})
    @JsonPropertyDescription("External reporting (A.8.3).")
    ExternalReporting externalReporting,
    @Evidence(value = {"A.8.5"}, need = Evidence.Need.APPLICABLE, when = "A high-risk system is in scope, or A.8.5 is in force (observation when none is recorded, A.8.5/no-reporting-obligations-recorded).", alsoIn = {"/incidentManagement/informsAuthorities", "/incidentManagement/seriousIncidentProcedure"})
    @JsonPropertyDescription("Reporting obligations (A.8.5).")
    List<ReportingObligation> reportingObligations,
    @Informational("intervals only tune the due dates; when absent the certification-practice defaults apply (Intervals), so nothing becomes less strict")
    @JsonPropertyDescription("The organization's planned intervals.")
    PlannedIntervals plannedIntervals,
    @Informational("The organization's own ISO/IEC 42001 certification status is context for the report, not evidence any clause asks for")
    @JsonPropertyDescription("Certification status.")
    Certification certification) {

  /** Normalizes absent lists to empty, immutable lists. */
  public AimsModel {
    people = ModelLists.copy(people, "people");
    interestedParties = ModelLists.copy(interestedParties, "interestedParties");
    processes = ModelLists.copy(processes, "processes");
    roles = ModelLists.copy(roles, "roles");
    aiSystems = ModelLists.copy(aiSystems, "aiSystems");
    dataResources = ModelLists.copy(dataResources, "dataResources");
    resources = ModelLists.copy(resources, "resources");
    suppliers = ModelLists.copy(suppliers, "suppliers");
    customers = ModelLists.copy(customers, "customers");
    riskAssessments = ModelLists.copy(riskAssessments, "riskAssessments");
    risks = ModelLists.copy(risks, "risks");
    riskTreatments = ModelLists.copy(riskTreatments, "riskTreatments");
    impactAssessments = ModelLists.copy(impactAssessments, "impactAssessments");
    objectives = ModelLists.copy(objectives, "objectives");
    changes = ModelLists.copy(changes, "changes");
    competenceRequirements = ModelLists.copy(competenceRequirements, "competenceRequirements");
    competenceRecords = ModelLists.copy(competenceRecords, "competenceRecords");
    awarenessActivities = ModelLists.copy(awarenessActivities, "awarenessActivities");
    communications = ModelLists.copy(communications, "communications");
    documents = ModelLists.copy(documents, "documents");
    monitoring = ModelLists.copy(monitoring, "monitoring");
    audits = ModelLists.copy(audits, "audits");
    managementReviews = ModelLists.copy(managementReviews, "managementReviews");
    nonconformities = ModelLists.copy(nonconformities, "nonconformities");
    correctiveActions = ModelLists.copy(correctiveActions, "correctiveActions");
    improvements = ModelLists.copy(improvements, "improvements");
    incidents = ModelLists.copy(incidents, "incidents");
    reportingObligations = ModelLists.copy(reportingObligations, "reportingObligations");
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
    b.schemaVersion = schemaVersion;
    b.organization = organization;
    b.people = people;
    b.context = context;
    b.interestedParties = interestedParties;
    b.scope = scope;
    b.processes = processes;
    b.leadership = leadership;
    b.aiPolicy = aiPolicy;
    b.roles = roles;
    b.concernReporting = concernReporting;
    b.aiSystems = aiSystems;
    b.dataResources = dataResources;
    b.resources = resources;
    b.suppliers = suppliers;
    b.customers = customers;
    b.riskCriteria = riskCriteria;
    b.riskAssessments = riskAssessments;
    b.risks = risks;
    b.riskTreatmentPlan = riskTreatmentPlan;
    b.riskTreatments = riskTreatments;
    b.statementOfApplicability = statementOfApplicability;
    b.impactAssessments = impactAssessments;
    b.objectives = objectives;
    b.changes = changes;
    b.competenceRequirements = competenceRequirements;
    b.competenceRecords = competenceRecords;
    b.awarenessActivities = awarenessActivities;
    b.communications = communications;
    b.documents = documents;
    b.monitoring = monitoring;
    b.auditProgramme = auditProgramme;
    b.audits = audits;
    b.managementReviews = managementReviews;
    b.nonconformities = nonconformities;
    b.correctiveActions = correctiveActions;
    b.improvements = improvements;
    b.incidents = incidents;
    b.incidentManagement = incidentManagement;
    b.externalReporting = externalReporting;
    b.reportingObligations = reportingObligations;
    b.plannedIntervals = plannedIntervals;
    b.certification = certification;
    return b;
  }

  /** Builder for {@link AimsModel}. */
  public static final class Builder {
    private String schemaVersion;
    private Organization organization;
    private List<Person> people;
    private Context context;
    private List<InterestedParty> interestedParties;
    private Scope scope;
    private List<AimsProcess> processes;
    private Leadership leadership;
    private AiPolicy aiPolicy;
    private List<Role> roles;
    private ConcernReporting concernReporting;
    private List<AiSystem> aiSystems;
    private List<DataResource> dataResources;
    private List<Resource> resources;
    private List<Supplier> suppliers;
    private List<Customer> customers;
    private RiskCriteria riskCriteria;
    private List<RiskAssessment> riskAssessments;
    private List<Risk> risks;
    private RiskTreatmentPlan riskTreatmentPlan;
    private List<RiskTreatment> riskTreatments;
    private StatementOfApplicability statementOfApplicability;
    private List<ImpactAssessment> impactAssessments;
    private List<Objective> objectives;
    private List<Change> changes;
    private List<CompetenceRequirement> competenceRequirements;
    private List<CompetenceRecord> competenceRecords;
    private List<AwarenessActivity> awarenessActivities;
    private List<Communication> communications;
    private List<DocumentedInformation> documents;
    private List<MonitoringActivity> monitoring;
    private AuditProgramme auditProgramme;
    private List<InternalAudit> audits;
    private List<ManagementReview> managementReviews;
    private List<Nonconformity> nonconformities;
    private List<CorrectiveAction> correctiveActions;
    private List<Improvement> improvements;
    private List<Incident> incidents;
    private IncidentManagement incidentManagement;
    private ExternalReporting externalReporting;
    private List<ReportingObligation> reportingObligations;
    private PlannedIntervals plannedIntervals;
    private Certification certification;

    private Builder() {}

    /**
     * Sets {@code schemaVersion}.
     *
     * @param value version of the fact-model format: "1.1" (1.0 documents are read as they are).
     * @return this builder
     */
    public Builder schemaVersion(String value) {
      this.schemaVersion = value;
      return this;
    }

    /**
     * Sets {@code organization}.
     *
     * @param value the organization.
     * @return this builder
     */
    public Builder organization(Organization value) {
      this.organization = value;
      return this;
    }

    /**
     * Sets {@code people}.
     *
     * @param value people named in the model.
     * @return this builder
     */
    public Builder people(List<Person> value) {
      this.people = value;
      return this;
    }

    /**
     * Sets {@code context}.
     *
     * @param value context of the organization (4.1).
     * @return this builder
     */
    public Builder context(Context value) {
      this.context = value;
      return this;
    }

    /**
     * Sets {@code interestedParties}.
     *
     * @param value interested parties (4.2).
     * @return this builder
     */
    public Builder interestedParties(List<InterestedParty> value) {
      this.interestedParties = value;
      return this;
    }

    /**
     * Sets {@code scope}.
     *
     * @param value scope of the AIMS (4.3).
     * @return this builder
     */
    public Builder scope(Scope value) {
      this.scope = value;
      return this;
    }

    /**
     * Sets {@code processes}.
     *
     * @param value aIMS processes (4.4, 8.1).
     * @return this builder
     */
    public Builder processes(List<AimsProcess> value) {
      this.processes = value;
      return this;
    }

    /**
     * Sets {@code leadership}.
     *
     * @param value leadership and commitment (5.1).
     * @return this builder
     */
    public Builder leadership(Leadership value) {
      this.leadership = value;
      return this;
    }

    /**
     * Sets {@code aiPolicy}.
     *
     * @param value aI policy (5.2).
     * @return this builder
     */
    public Builder aiPolicy(AiPolicy value) {
      this.aiPolicy = value;
      return this;
    }

    /**
     * Sets {@code roles}.
     *
     * @param value roles, responsibilities and authorities (5.3).
     * @return this builder
     */
    public Builder roles(List<Role> value) {
      this.roles = value;
      return this;
    }

    /**
     * Sets {@code concernReporting}.
     *
     * @param value reporting of concerns (A.3.3).
     * @return this builder
     */
    public Builder concernReporting(ConcernReporting value) {
      this.concernReporting = value;
      return this;
    }

    /**
     * Sets {@code aiSystems}.
     *
     * @param value aI system inventory.
     * @return this builder
     */
    public Builder aiSystems(List<AiSystem> value) {
      this.aiSystems = value;
      return this;
    }

    /**
     * Sets {@code dataResources}.
     *
     * @param value data resources (A.7).
     * @return this builder
     */
    public Builder dataResources(List<DataResource> value) {
      this.dataResources = value;
      return this;
    }

    /**
     * Sets {@code resources}.
     *
     * @param value resources (7.1, A.4).
     * @return this builder
     */
    public Builder resources(List<Resource> value) {
      this.resources = value;
      return this;
    }

    /**
     * Sets {@code suppliers}.
     *
     * @param value suppliers (A.10.3).
     * @return this builder
     */
    public Builder suppliers(List<Supplier> value) {
      this.suppliers = value;
      return this;
    }

    /**
     * Sets {@code customers}.
     *
     * @param value customers (A.10.4).
     * @return this builder
     */
    public Builder customers(List<Customer> value) {
      this.customers = value;
      return this;
    }

    /**
     * Sets {@code riskCriteria}.
     *
     * @param value aI risk criteria (6.1.1).
     * @return this builder
     */
    public Builder riskCriteria(RiskCriteria value) {
      this.riskCriteria = value;
      return this;
    }

    /**
     * Sets {@code riskAssessments}.
     *
     * @param value aI risk assessments (6.1.2, 8.2).
     * @return this builder
     */
    public Builder riskAssessments(List<RiskAssessment> value) {
      this.riskAssessments = value;
      return this;
    }

    /**
     * Sets {@code risks}.
     *
     * @param value aI risks and opportunities.
     * @return this builder
     */
    public Builder risks(List<Risk> value) {
      this.risks = value;
      return this;
    }

    /**
     * Sets {@code riskTreatmentPlan}.
     *
     * @param value aI risk treatment plan (6.1.3).
     * @return this builder
     */
    public Builder riskTreatmentPlan(RiskTreatmentPlan value) {
      this.riskTreatmentPlan = value;
      return this;
    }

    /**
     * Sets {@code riskTreatments}.
     *
     * @param value aI risk treatments (6.1.3, 8.3).
     * @return this builder
     */
    public Builder riskTreatments(List<RiskTreatment> value) {
      this.riskTreatments = value;
      return this;
    }

    /**
     * Sets {@code statementOfApplicability}.
     *
     * @param value statement of Applicability (6.1.3).
     * @return this builder
     */
    public Builder statementOfApplicability(StatementOfApplicability value) {
      this.statementOfApplicability = value;
      return this;
    }

    /**
     * Sets {@code impactAssessments}.
     *
     * @param value aI system impact assessments (6.1.4, 8.4).
     * @return this builder
     */
    public Builder impactAssessments(List<ImpactAssessment> value) {
      this.impactAssessments = value;
      return this;
    }

    /**
     * Sets {@code objectives}.
     *
     * @param value aI objectives (6.2).
     * @return this builder
     */
    public Builder objectives(List<Objective> value) {
      this.objectives = value;
      return this;
    }

    /**
     * Sets {@code changes}.
     *
     * @param value changes (6.3, 8.1).
     * @return this builder
     */
    public Builder changes(List<Change> value) {
      this.changes = value;
      return this;
    }

    /**
     * Sets {@code competenceRequirements}.
     *
     * @param value competence requirements (7.2).
     * @return this builder
     */
    public Builder competenceRequirements(List<CompetenceRequirement> value) {
      this.competenceRequirements = value;
      return this;
    }

    /**
     * Sets {@code competenceRecords}.
     *
     * @param value competence evidence (7.2).
     * @return this builder
     */
    public Builder competenceRecords(List<CompetenceRecord> value) {
      this.competenceRecords = value;
      return this;
    }

    /**
     * Sets {@code awarenessActivities}.
     *
     * @param value awareness activities (7.3).
     * @return this builder
     */
    public Builder awarenessActivities(List<AwarenessActivity> value) {
      this.awarenessActivities = value;
      return this;
    }

    /**
     * Sets {@code communications}.
     *
     * @param value communications (7.4).
     * @return this builder
     */
    public Builder communications(List<Communication> value) {
      this.communications = value;
      return this;
    }

    /**
     * Sets {@code documents}.
     *
     * @param value documented information register (7.5).
     * @return this builder
     */
    public Builder documents(List<DocumentedInformation> value) {
      this.documents = value;
      return this;
    }

    /**
     * Sets {@code monitoring}.
     *
     * @param value monitoring and measurement (9.1).
     * @return this builder
     */
    public Builder monitoring(List<MonitoringActivity> value) {
      this.monitoring = value;
      return this;
    }

    /**
     * Sets {@code auditProgramme}.
     *
     * @param value internal audit programme (9.2.2).
     * @return this builder
     */
    public Builder auditProgramme(AuditProgramme value) {
      this.auditProgramme = value;
      return this;
    }

    /**
     * Sets {@code audits}.
     *
     * @param value internal audits (9.2).
     * @return this builder
     */
    public Builder audits(List<InternalAudit> value) {
      this.audits = value;
      return this;
    }

    /**
     * Sets {@code managementReviews}.
     *
     * @param value management reviews (9.3).
     * @return this builder
     */
    public Builder managementReviews(List<ManagementReview> value) {
      this.managementReviews = value;
      return this;
    }

    /**
     * Sets {@code nonconformities}.
     *
     * @param value nonconformities (10.2).
     * @return this builder
     */
    public Builder nonconformities(List<Nonconformity> value) {
      this.nonconformities = value;
      return this;
    }

    /**
     * Sets {@code correctiveActions}.
     *
     * @param value corrective actions (10.2).
     * @return this builder
     */
    public Builder correctiveActions(List<CorrectiveAction> value) {
      this.correctiveActions = value;
      return this;
    }

    /**
     * Sets {@code improvements}.
     *
     * @param value continual improvement (10.1).
     * @return this builder
     */
    public Builder improvements(List<Improvement> value) {
      this.improvements = value;
      return this;
    }

    /**
     * Sets {@code incidents}.
     *
     * @param value aI incidents (A.8.4).
     * @return this builder
     */
    public Builder incidents(List<Incident> value) {
      this.incidents = value;
      return this;
    }

    /**
     * Sets {@code incidentManagement}.
     *
     * @param value incident communication (A.8.4).
     * @return this builder
     */
    public Builder incidentManagement(IncidentManagement value) {
      this.incidentManagement = value;
      return this;
    }

    /**
     * Sets {@code externalReporting}.
     *
     * @param value external reporting (A.8.3).
     * @return this builder
     */
    public Builder externalReporting(ExternalReporting value) {
      this.externalReporting = value;
      return this;
    }

    /**
     * Sets {@code reportingObligations}.
     *
     * @param value reporting obligations (A.8.5).
     * @return this builder
     */
    public Builder reportingObligations(List<ReportingObligation> value) {
      this.reportingObligations = value;
      return this;
    }

    /**
     * Sets {@code plannedIntervals}.
     *
     * @param value the organization's planned intervals.
     * @return this builder
     */
    public Builder plannedIntervals(PlannedIntervals value) {
      this.plannedIntervals = value;
      return this;
    }

    /**
     * Sets {@code certification}.
     *
     * @param value certification status.
     * @return this builder
     */
    public Builder certification(Certification value) {
      this.certification = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public AimsModel build() {
      return new AimsModel(schemaVersion, organization, people, context, interestedParties, scope, processes, leadership, aiPolicy, roles, concernReporting, aiSystems, dataResources, resources, suppliers, customers, riskCriteria, riskAssessments, risks, riskTreatmentPlan, riskTreatments, statementOfApplicability, impactAssessments, objectives, changes, competenceRequirements, competenceRecords, awarenessActivities, communications, documents, monitoring, auditProgramme, audits, managementReviews, nonconformities, correctiveActions, improvements, incidents, incidentManagement, externalReporting, reportingObligations, plannedIntervals, certification);
    }
  }
}
