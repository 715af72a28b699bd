package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * An organization's AI management system, as submitted for evaluation (fact model v1).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static AimsModelBuilder builder() {
    return AimsModelBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public AimsModelBuilder toBuilder() {
    return AimsModelBuilder.builder(this);
  }
}
