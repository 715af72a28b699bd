package org.aimsrules.benchmarks;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.aimsrules.core.internal.FactCollector;
import org.aimsrules.core.model.AiRole;
import org.aimsrules.core.model.AiSystem;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.AssessmentStatus;
import org.aimsrules.core.model.CompetenceRecord;
import org.aimsrules.core.model.DataResource;
import org.aimsrules.core.model.DocumentStatus;
import org.aimsrules.core.model.DocumentType;
import org.aimsrules.core.model.DocumentedInformation;
import org.aimsrules.core.model.ImpactAssessment;
import org.aimsrules.core.model.LifecycleStage;
import org.aimsrules.core.model.Objective;
import org.aimsrules.core.model.ObjectiveKind;
import org.aimsrules.core.model.ObjectiveStatus;
import org.aimsrules.core.model.Person;
import org.aimsrules.core.model.Risk;
import org.aimsrules.core.model.RiskAssessment;
import org.aimsrules.core.model.RiskKind;
import org.aimsrules.core.model.RiskStatus;
import org.aimsrules.core.model.RiskTreatment;
import org.aimsrules.core.model.Scope;
import org.aimsrules.core.model.ScopeExclusion;
import org.aimsrules.core.model.Supplier;
import org.aimsrules.core.model.ThirdPartyComponent;
import org.aimsrules.core.model.TreatmentOption;
import org.aimsrules.core.model.TreatmentStatus;

/**
 * The twenty rules of {@link SubsetRules} written as plain Java loops over the model's records,
 * to compare with the rule engine restricted to the same rules ({@link RestrictedEngine}). Each
 * loop follows its DRL rule and the derivations it needs (systems in scope, roles of a system,
 * suppliers in scope and their checks, risks of a completed assessment, documents registered by
 * the evaluation date); the findings are located as the report locates them. Like the engine it
 * starts from the model and collects its facts and pointers first.
 */
public final class PlainJavaSubset {
  private PlainJavaSubset() {}

  /**
   * Evaluates the twenty rules.
   *
   * @param model the model
   * @param asOf evaluation date
   * @return the findings, sorted and without duplicates
   */
  public static SortedSet<SubsetFinding> evaluate(AimsModel model, LocalDate asOf) {
    return new Run(model, asOf).run();
  }

  /** One evaluation. */
  private static final class Run {
    private final AimsModel model;
    private final LocalDate asOf;
    private final FactCollector collected;
    private final SortedSet<SubsetFinding> out = new TreeSet<>();

    Run(AimsModel model, LocalDate asOf) {
      this.model = model;
      this.asOf = asOf;
      this.collected = FactCollector.collect(model);
    }

    SortedSet<SubsetFinding> run() {
      List<AiSystem> inScope = inScopeSystems();
      Set<String> inScopeIds = new HashSet<>();
      for (AiSystem s : inScope) {
        inScopeIds.add(s.id());
      }
      systems(inScope);
      suppliers(inScope, inScopeIds);
      risks();
      treatments();
      documents();
      competence();
      return out;
    }

    private void systems(List<AiSystem> inScope) {
      Set<String> assessed = new HashSet<>();
      for (ImpactAssessment a : model.impactAssessments()) {
        if ((a.status() == AssessmentStatus.COMPLETED || a.status() == null)
            && notAfter(a.performedOn())) {
          assessed.add(a.aiSystemId());
        }
      }
      boolean developmentObjectives = false;
      for (Objective o : model.objectives()) {
        developmentObjectives |= developmentObjective(o);
      }
      for (AiSystem s : inScope) {
        if (blank(s.intendedPurpose())) {
          add("4.1/ai-system-purpose-missing", s, "intendedPurpose", s.id());
        }
        if (s.organizationRoles().isEmpty()) {
          add("4.1/ai-system-role-not-determined", s, "organizationRoles", s.id());
        }
        if (blank(s.domain())) {
          add("6.1.1/system-domain-undefined", s, "domain", s.id());
        }
        if (!assessed.contains(s.id())) {
          add("6.1.4/impact-assessment-missing", s, null, s.id());
        }
        for (ThirdPartyComponent c : s.thirdPartyComponents()) {
          if (c.supplierId() == null) {
            add("A.10.3/component-supplier-not-identified", c, "supplierId", s.id());
          }
        }
        if (developmentObjectives && developed(s) && !hasDevelopmentObjective(s.id())) {
          add("A.6.1.2/developed-system-without-objective", s, null, s.id());
        }
      }
    }

    private void suppliers(List<AiSystem> inScope, Set<String> inScopeIds) {
      Set<String> inScopeSuppliers = new HashSet<>();
      for (Supplier sup : model.suppliers()) {
        if (sup.aiSystemIds().isEmpty()) {
          inScopeSuppliers.add(sup.id());
        }
        for (String id : sup.aiSystemIds()) {
          if (inScopeIds.contains(id)) {
            inScopeSuppliers.add(sup.id());
          }
        }
      }
      for (AiSystem s : inScope) {
        for (ThirdPartyComponent c : s.thirdPartyComponents()) {
          if (c.supplierId() != null) {
            inScopeSuppliers.add(c.supplierId());
          }
        }
      }
      for (DataResource r : model.dataResources()) {
        if (r.supplierId() == null) {
          continue;
        }
        for (String id : r.aiSystemIds()) {
          if (inScopeIds.contains(id)) {
            inScopeSuppliers.add(r.supplierId());
          }
        }
      }
      for (Supplier sup : model.suppliers()) {
        if (!inScopeSuppliers.contains(sup.id())) {
          continue;
        }
        if (Boolean.FALSE.equals(sup.responsibilitiesAllocated())
            || sup.responsibilitiesAllocated() == null && sup.agreementDocumentId() == null) {
          add("A.10.2/supplier-responsibilities-not-allocated", sup, "responsibilitiesAllocated",
              sup.id());
        }
        boolean evaluated = notAfter(sup.evaluatedOn());
        boolean checked = evaluated || notAfter(sup.lastReviewedOn());
        if ((Boolean.TRUE.equals(sup.responsibleAiRequirementsAgreed())
            || Boolean.TRUE.equals(sup.approved())) && !checked) {
          add("A.10.3/supplier-not-evaluated", sup, "evaluatedOn", sup.id());
        }
        if (evaluated && Boolean.FALSE.equals(sup.approved())) {
          add("A.10.3/supplier-not-approved", sup, "approved", sup.id());
        }
      }
    }

    private void risks() {
      Set<String> completed = new HashSet<>();
      for (RiskAssessment a : model.riskAssessments()) {
        if ((a.status() == AssessmentStatus.COMPLETED || a.status() == null)
            && notAfter(a.performedOn())) {
          completed.add(a.id());
        }
      }
      Integer threshold = model.riskCriteria() == null ? null
          : model.riskCriteria().acceptanceThreshold();
      for (Risk r : model.risks()) {
        boolean ofClause6 = (r.assessmentId() == null || completed.contains(r.assessmentId()))
            && (r.identifiedOn() == null || !r.identifiedOn().isAfter(asOf));
        if (!ofClause6 || r.kind() == RiskKind.OPPORTUNITY || r.status() == RiskStatus.CLOSED) {
          continue;
        }
        if (blank(r.consequences()) || r.level() == null) {
          add("6.1.2/risk-analysis-incomplete", r, null, r.id());
        }
        if (r.acceptable() == null || !r.acceptable() && r.priority() == null) {
          add("6.1.2/risk-evaluation-incomplete", r, null, r.id());
        }
        if (threshold != null && Boolean.TRUE.equals(r.acceptable()) && r.level() != null
            && r.level() > threshold) {
          add("6.1.2/risk-acceptable-above-threshold", r, "acceptable", r.id());
        }
      }
    }

    private void treatments() {
      for (RiskTreatment t : model.riskTreatments()) {
        TreatmentStatus status = t.status();
        if (status != TreatmentStatus.CANCELLED) {
          if (t.option() == null) {
            add("6.1.3/treatment-option-missing", t, "option", t.id());
          }
          if ((t.option() == TreatmentOption.MODIFY || t.option() == TreatmentOption.SHARE)
              && t.annexAControls().isEmpty() && t.otherControls().isEmpty()) {
            add("6.1.3/treatment-without-controls", t, "annexAControls", t.id());
          }
        }
        if (t.dueDate() != null && t.dueDate().isBefore(asOf)
            && (status != TreatmentStatus.IMPLEMENTED && status != TreatmentStatus.CANCELLED
                || status == TreatmentStatus.IMPLEMENTED && t.implementedOn() != null
                    && t.implementedOn().isAfter(asOf))) {
          add("8.3/treatment-overdue", t, "dueDate", t.id());
        }
        if (status == TreatmentStatus.IMPLEMENTED
            && (t.implementedOn() == null || !t.implementedOn().isAfter(asOf))
            && t.resultsDocumentId() == null
            && (t.effectivenessVerifiedOn() == null || t.effectivenessVerifiedOn().isAfter(asOf))) {
          add("8.3/treatment-results-not-retained", t, "resultsDocumentId", t.id());
        }
      }
    }

    private void documents() {
      for (DocumentedInformation d : model.documents()) {
        if (d.approvedOn() != null && d.approvedOn().isAfter(asOf)) {
          continue;
        }
        DocumentStatus status = d.status();
        if (status != DocumentStatus.OBSOLETE && d.ownerId() == null
            && !Boolean.TRUE.equals(d.externalOrigin()) && !d.hasType(DocumentType.EXTERNAL)) {
          add("7.5.2/document-owner-missing", d, "ownerId", d.id());
        }
        if ((status == null || status == DocumentStatus.ACTIVE)
            && (!d.approved() || d.approvedOn() == null)) {
          add("7.5.2/document-not-approved", d, d.approved() ? "approvedOn" : "approvedBy", d.id());
        }
        if (status != DocumentStatus.OBSOLETE && blank(d.version())) {
          add("7.5.2/document-not-identified", d, "version", d.id());
        }
      }
    }

    private void competence() {
      Set<String> people = new HashSet<>();
      for (Person p : model.people()) {
        people.add(p.id());
      }
      for (CompetenceRecord c : model.competenceRecords()) {
        if (!blank(c.actionTaken()) && c.achievedOn() != null
            && c.achievedOn().plusMonths(3).isBefore(asOf)
            && (c.effectivenessEvaluatedOn() == null && c.effective() == null
                || c.effectivenessEvaluatedOn() != null
                    && c.effectivenessEvaluatedOn().isAfter(asOf))
            && people.contains(c.personId())) {
          add("7.2/competence-action-not-evaluated", c, "effectivenessEvaluatedOn", c.id());
        }
      }
    }

    /** The AI systems in scope, as {@code derive/in-scope-system*} derive them. */
    private List<AiSystem> inScopeSystems() {
      Scope scope = model.scope();
      return model.aiSystems().stream()
          .filter(s -> s.lifecycleStage() != LifecycleStage.RETIRED)
          .filter(s -> scope == null || scope.includedAiSystemIds().contains(s.id())
              || !justifiedlyExcluded(scope, s))
          .toList();
    }

    private static boolean justifiedlyExcluded(Scope scope, AiSystem s) {
      for (ScopeExclusion e : scope.exclusions()) {
        if (blank(e.justification())) {
          continue;
        }
        String description = e.description() == null ? "" : e.description().toLowerCase(Locale.ROOT);
        if (e.aiSystemIds().contains(s.id())
            || description.contains(s.name().toLowerCase(Locale.ROOT))
            || description.contains(s.id().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }

    /** Whether the organization's roles for a system include provider or producer. */
    private boolean developed(AiSystem s) {
      Set<AiRole> roles = EnumSet.noneOf(AiRole.class);
      if (!s.organizationRoles().isEmpty()) {
        roles.addAll(s.organizationRoles());
      } else if (model.organization() != null && !model.organization().aiRoles().isEmpty()) {
        roles.addAll(model.organization().aiRoles());
      } else {
        return true;
      }
      return roles.contains(AiRole.AI_PROVIDER) || roles.contains(AiRole.AI_PRODUCER);
    }

    private boolean hasDevelopmentObjective(String systemId) {
      for (Objective o : model.objectives()) {
        if (developmentObjective(o)
            && (o.aiSystemIds().isEmpty() || o.aiSystemIds().contains(systemId))) {
          return true;
        }
      }
      return false;
    }

    private static boolean developmentObjective(Objective o) {
      return (o.kind() == ObjectiveKind.RESPONSIBLE_DEVELOPMENT
          || Boolean.TRUE.equals(o.integratedIntoLifecycle()))
          && o.status() != ObjectiveStatus.CANCELLED;
    }

    private boolean notAfter(LocalDate date) {
      return date != null && !date.isAfter(asOf);
    }

    private void add(String rule, Object record, String field, String entityId) {
      String subject = collected.pointerOf(record);
      if (subject == null) {
        subject = "";
      }
      if (field != null) {
        subject = subject + "/" + field;
      }
      out.add(new SubsetFinding(rule, subject, entityId));
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }
}
