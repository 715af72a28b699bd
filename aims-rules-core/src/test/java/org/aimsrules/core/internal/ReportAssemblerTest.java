package org.aimsrules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aimsrules.core.catalog.Basis;
import org.aimsrules.core.catalog.NotAutomated;
import org.aimsrules.core.catalog.ReadinessGate;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RequirementKind;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.Organization;
import org.aimsrules.core.model.Person;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Reference;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Verdict;
import org.aimsrules.core.rule.ControlApplicability;
import org.aimsrules.core.rule.RequirementNotApplicable;
import org.aimsrules.core.rule.Violation;
import org.junit.jupiter.api.Test;

/** Grading, escalation, statuses and the verdict, on a small synthetic catalog. */
class ReportAssemblerTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  static RuleMetadata rule(String id, String req, List<String> obligations, Severity s, ReadinessGate gate) {
    return rule(id, req, obligations, Basis.REQUIREMENT, s, gate);
  }

  static RuleMetadata rule(String id, String req, List<String> obligations, Basis basis, Severity s,
      ReadinessGate gate) {
    String ref = obligations.isEmpty() ? req : obligations.get(0);
    return new RuleMetadata(id, req, obligations, basis, basis == Basis.GUIDANCE ? "Annex B" : ref,
        null, "decided", s, "why", "Title of " + id, "when", "Found {what}.", List.of("Fix it."), null,
        gate, List.of());
  }

  static final RuleCatalog CATALOG = new RuleCatalog("test", "1", List.of(
      new Requirement("7.5.3", RequirementKind.SUBCLAUSE, "Control of documented information", null, null, null, null),
      new Requirement("7.5.3-a", RequirementKind.OBLIGATION, "Available", "7.5.3", null, null, "P"),
      new Requirement("7.5.3-b", RequirementKind.OBLIGATION, "Protected", "7.5.3", null, null, "P"),
      new Requirement("9.2.2", RequirementKind.SUBCLAUSE, "Internal audit programme", null, null, null, null),
      new Requirement("9.2.2-1", RequirementKind.OBLIGATION, "Programme", "9.2.2", null, null, "V"),
      new Requirement("10.2", RequirementKind.SUBCLAUSE, "Nonconformity and corrective action", null, null, null, null),
      new Requirement("10.2-d", RequirementKind.OBLIGATION, "Effectiveness", "10.2", null, null, "P"),
      new Requirement("A.2.2", RequirementKind.CONTROL, "AI policy", "A.2", "Document a policy.", null, null),
      new Requirement("A.7.3", RequirementKind.CONTROL, "Acquisition of data", "A.7", "Document acquisition.", null, null)),
      List.of(
          rule("7.5.3/doc-not-approved", "7.5.3", List.of("7.5.3-a"), Severity.MINOR, null),
          rule("7.5.3/doc-not-protected", "7.5.3", List.of("7.5.3-b"), Severity.MINOR, null),
          rule("7.5.3/doc-not-retained", "7.5.3", List.of("7.5.3-b"), Severity.MINOR, null),
          rule("7.5.3/doc-style-guide", "7.5.3", List.of(), Basis.GUIDANCE, Severity.MINOR, null),
          rule("9.2.2/no-internal-audit", "9.2.2", List.of("9.2.2-1"), Severity.MAJOR, ReadinessGate.STAGE_2),
          rule("A.2.2/policy-not-documented", "A.2.2", List.of(), Severity.MAJOR, ReadinessGate.STAGE_1),
          rule("A.7.3/rights-not-cleared", "A.7.3", List.of(), Severity.OBSERVATION, null)),
      List.of(new NotAutomated("10.2-d", "needs judgement")),
      Map.of("7.5.3", List.of(new Reference(Reference.ISO_IEC_27001, "7.5.3")),
          "A.2.2", List.of(new Reference(Reference.NIST_AI_RMF, "GOVERN 1.2"))));

  static final Person ANN = new Person("p-ann", "Ann", null, null, true, null);
  static final Person BOB = new Person("p-bob", "Bob", null, null, null, null);
  static final Person CY = new Person("p-cy", "Cy", null, null, null, null);
  static final AimsModel MODEL = AimsModel.builder().schemaVersion("1.0")
      .organization(Organization.builder().name("Org").build()).people(List.of(ANN, BOB, CY)).build();

  private final ReportAssembler assembler = new ReportAssembler(CATALOG, "aims-rules test");

  /** Every requirement of the synthetic catalog has some evidence in these tests, unless one says. */
  static final Set<String> ALL_EVIDENCED = Set.of("7.5.3", "9.2.2", "10.2", "A.2.2", "A.7.3");

  EvaluationReport assemble(EvaluationOptions options, List<Violation> violations,
      List<ControlApplicability> applicability, List<RequirementNotApplicable> na) {
    return assemble(options, violations, applicability, na, ALL_EVIDENCED);
  }

  EvaluationReport assemble(EvaluationOptions options, List<Violation> violations,
      List<ControlApplicability> applicability, List<RequirementNotApplicable> na,
      Set<String> evidenced) {
    FactCollector facts = FactCollector.collect(MODEL);
    return assembler.assemble(MODEL, AS_OF, options, violations, applicability, na, facts::pointerOf,
        evidenced);
  }

  @Test
  void aRequirementIsConformingOnlyOnPositiveEvidence() {
    EvaluationReport r = assemble(EvaluationOptions.defaults(), List.of(), List.of(), List.of(),
        Set.of("7.5.3-a", "A.2.2", "A.7.3", "10.2"));
    assertThat(r.requirement("7.5.3").orElseThrow().status()).isEqualTo(RequirementStatus.CONFORMING);
    assertThat(r.requirement("7.5.3-a").orElseThrow().status())
        .isEqualTo(RequirementStatus.CONFORMING);
    assertThat(r.requirement("7.5.3-b").orElseThrow().status()).as("a sibling's evidence is not its own")
        .isEqualTo(RequirementStatus.NOT_EVIDENCED);
    assertThat(r.requirement("9.2.2").orElseThrow()).satisfies(q -> {
      assertThat(q.status()).isEqualTo(RequirementStatus.NOT_EVIDENCED);
      assertThat(q.reason()).isEqualTo(
          "the model records none of the evidence that the evidence map lists for it");
    });
    assertThat(r.summary().verdict()).isEqualTo(Verdict.STAGE_1_READY);
    assertThat(r.summary().verdictReasons()).anySatisfy(w -> assertThat(w).startsWith(
        "3 requirements that apply are not evidenced in the model (7.5.3-b, 9.2.2, 9.2.2-1)"));
  }

  @Test
  void aFindingAtAnAbsentPlaceLeavesItsRequirementNotEvidencedUnlessItRestsOnGuidance() {
    EvaluationReport tailored = assemble(EvaluationOptions.builder()
            .severity("7.5.3/doc-not-approved", Severity.OBSERVATION).build(),
        List.of(Violation.of("7.5.3/doc-not-approved", BOB).field("jobTitle")), List.of(), List.of());
    assertThat(tailored.requirement("7.5.3").orElseThrow()).satisfies(q -> {
      assertThat(q.status()).isEqualTo(RequirementStatus.NOT_EVIDENCED);
      assertThat(q.reason()).startsWith("evidence it needs is absent from the model (finding ");
    });
    EvaluationReport present = assemble(EvaluationOptions.builder()
            .severity("7.5.3/doc-not-approved", Severity.OBSERVATION).build(),
        List.of(Violation.of("7.5.3/doc-not-approved", BOB).field("name")), List.of(), List.of());
    assertThat(present.requirement("7.5.3").orElseThrow().status())
        .isEqualTo(RequirementStatus.CONFORMING);
    EvaluationReport guidance = assemble(EvaluationOptions.defaults(),
        List.of(Violation.of("7.5.3/doc-style-guide", BOB).field("jobTitle")), List.of(), List.of());
    assertThat(guidance.requirement("7.5.3").orElseThrow().status())
        .isEqualTo(RequirementStatus.CONFORMING);
  }

  @Test
  void gradesAViolationWithItsMetadataIntoAWholeFinding() {
    EvaluationReport r = assemble(EvaluationOptions.defaults(),
        List.of(Violation.of("7.5.3/doc-not-approved", BOB).field("name").with("what", "Bob")),
        List.of(), List.of());
    assertThat(r.findings()).containsExactly(new Finding(Fingerprint.of("7.5.3/doc-not-approved",
        "p-bob#/name"), "7.5.3/doc-not-approved", "7.5.3", List.of("7.5.3-a"), Basis.REQUIREMENT,
        "7.5.3-a", null, Severity.MINOR, "Title of 7.5.3/doc-not-approved", "/people/1/name", "p-bob",
        "p-bob#/name", "Found Bob.", Map.of("what", "Bob"), List.of("Fix it."),
        List.of(new Reference(Reference.ISO_IEC_27001, "7.5.3")), List.of(), List.of(), null, null,
        CATALOG.id()));
  }

  @Test
  void oneRulesLapseOnSeveralSubjectsIsOneSystemicFindingNamingEach() {
    EvaluationReport r = assemble(EvaluationOptions.defaults(), List.of(
        Violation.of("7.5.3/doc-not-approved", CY).with("what", "c"),
        Violation.of("7.5.3/doc-not-approved", ANN).with("what", "a"),
        Violation.of("7.5.3/doc-not-approved", BOB).with("what", "b")), List.of(), List.of());
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("7.5.3/doc-not-approved");
      assertThat(f.severity()).isEqualTo(Severity.MINOR);
      assertThat(f.subject()).isEqualTo("/people");
      assertThat(f.entityId()).isNull();
      assertThat(f.facts()).containsEntry("occurrences", "3").containsEntry("subjects", "p-ann, p-bob, p-cy");
      assertThat(f.instances()).extracting(Finding::entityId).containsExactly("p-ann", "p-bob", "p-cy");
      assertThat(f.instances()).extracting(Finding::message).containsExactly("Found a.", "Found b.", "Found c.");
    });
    assertThat(r.summary().counts()).containsEntry(Severity.MINOR, 1);
    assertThat(r.requirement("7.5.3-a").orElseThrow().status()).isEqualTo(RequirementStatus.NONCONFORMING);

    EvaluationReport apart = assemble(EvaluationOptions.builder().systemicFindings(false).build(),
        List.of(Violation.of("7.5.3/doc-not-approved", ANN).with("what", "a"),
            Violation.of("7.5.3/doc-not-approved", BOB).with("what", "b")), List.of(), List.of());
    assertThat(apart.findings()).extracting(Finding::entityId).containsExactly("p-ann", "p-bob");
  }

  @Test
  void oneLapseOnManySubjectsNeverEscalates() {
    EvaluationReport r = assemble(EvaluationOptions.builder().systemicFindings(false).build(), List.of(
        Violation.of("7.5.3/doc-not-approved", ANN).with("what", "a"),
        Violation.of("7.5.3/doc-not-approved", BOB).with("what", "b"),
        Violation.of("7.5.3/doc-not-approved", CY).with("what", "c")), List.of(), List.of());
    assertThat(r.findings()).extracting(Finding::severity).containsOnly(Severity.MINOR).hasSize(3);
  }

  @Test
  void guidanceIsNeverANonconformityWhateverTheMetadataOrOverrideSay() {
    EvaluationReport r = assemble(EvaluationOptions.builder()
            .severity("7.5.3/doc-style-guide", Severity.MAJOR).build(),
        List.of(Violation.of("7.5.3/doc-style-guide", ANN).with("what", "a")), List.of(), List.of());
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.basis()).isEqualTo(Basis.GUIDANCE);
      assertThat(f.severity()).isEqualTo(Severity.OBSERVATION);
    });
    assertThat(r.requirement("7.5.3").orElseThrow().status()).isEqualTo(RequirementStatus.CONFORMING);
  }

  @Test
  void threeDistinctMinorLapsesAgainstOneRequirementBecomeOneMajorListingThem() {
    List<Violation> minors = List.of(
        Violation.of("7.5.3/doc-not-approved", ANN).with("what", "a"),
        Violation.of("7.5.3/doc-not-retained", BOB).with("what", "b"),
        Violation.of("7.5.3/doc-not-protected", CY).with("what", "c"));
    EvaluationReport r = assemble(EvaluationOptions.defaults(), minors, List.of(), List.of());
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(Finding.ESCALATION_RULE_ID);
      assertThat(f.severity()).isEqualTo(Severity.MAJOR);
      assertThat(f.requirement()).isEqualTo("7.5.3");
      assertThat(f.obligations()).containsExactly("7.5.3-a", "7.5.3-b");
      assertThat(f.escalates()).extracting(Finding::subject)
          .containsExactly("/people/0", "/people/2", "/people/1");
      assertThat(f.escalates()).extracting(Finding::severity).containsOnly(Severity.MINOR);
    });
    assertThat(r.summary().counts()).containsEntry(Severity.MAJOR, 1).containsEntry(Severity.MINOR, 0);

    EvaluationReport off = assemble(EvaluationOptions.builder().escalationThreshold(0).build(), minors,
        List.of(), List.of());
    assertThat(off.findings()).extracting(Finding::severity).containsOnly(Severity.MINOR).hasSize(3);
    EvaluationReport higher = assemble(EvaluationOptions.builder().escalationThreshold(4).build(), minors,
        List.of(), List.of());
    assertThat(higher.findings()).hasSize(3);
  }

  @Test
  void severityOverridesTailorGrading() {
    // Disabled rules do not reach the assembler: the session's agenda filter keeps them from firing
    // (AcmePackTest, EvaluatorTest in the catalog).
    EvaluationReport r = assemble(EvaluationOptions.builder()
            .severity("9.2.2/no-internal-audit", Severity.OBSERVATION).build(),
        List.of(Violation.at("9.2.2/no-internal-audit", "/audits")),
        List.of(), List.of());
    assertThat(r.findings()).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("9.2.2/no-internal-audit", Severity.OBSERVATION));
  }

  @Test
  void statusesNeverClaimConformityForWhatNoRuleChecks() {
    EvaluationReport r = assemble(EvaluationOptions.defaults(),
        List.of(Violation.of("7.5.3/doc-not-approved", ANN).with("what", "x")), List.of(),
        List.of(new RequirementNotApplicable("7.5.3-b", "nothing to protect")));
    assertThat(r.requirements()).extracting(RequirementResult::ref, RequirementResult::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("7.5.3", RequirementStatus.NONCONFORMING),
            org.assertj.core.groups.Tuple.tuple("7.5.3-a", RequirementStatus.NONCONFORMING),
            org.assertj.core.groups.Tuple.tuple("7.5.3-b", RequirementStatus.NOT_APPLICABLE),
            org.assertj.core.groups.Tuple.tuple("9.2.2", RequirementStatus.CONFORMING),
            org.assertj.core.groups.Tuple.tuple("9.2.2-1", RequirementStatus.CONFORMING),
            org.assertj.core.groups.Tuple.tuple("10.2", RequirementStatus.NOT_AUTOMATED),
            org.assertj.core.groups.Tuple.tuple("10.2-d", RequirementStatus.NOT_AUTOMATED),
            org.assertj.core.groups.Tuple.tuple("A.2.2", RequirementStatus.NOT_APPLICABLE),
            org.assertj.core.groups.Tuple.tuple("A.7.3", RequirementStatus.NOT_APPLICABLE));
    assertThat(r.requirement("10.2-d").orElseThrow().reason()).isEqualTo("needs judgement");
  }

  @Test
  void controlsViewShowsApplicabilityReasonsAndSoa() {
    EvaluationReport r = assemble(EvaluationOptions.defaults(), List.of(),
        List.of(ControlApplicability.of("A.2.2", "every AIMS needs an AI policy"),
            new ControlApplicability("A.2.2", "Chat is in scope", "sys-chat")),
        List.of());
    assertThat(r.controls()).hasSize(2);
    assertThat(r.control("A.2.2").orElseThrow()).satisfies(c -> {
      assertThat(c.applicable()).isTrue();
      assertThat(c.reasons()).containsExactly("Chat is in scope.", "Every AIMS needs an AI policy.");
      assertThat(c.soa().listed()).isFalse();
      assertThat(c.status()).isEqualTo(RequirementStatus.CONFORMING);
    });
    assertThat(r.control("A.7.3").orElseThrow().applicable()).isFalse();
    assertThat(r.control("A.7.3").orElseThrow().note()).isNull();
  }

  @Test
  void aControlIncludedButNotApplicableSaysItsChecksHadNothingToCheck() {
    AimsModel model = MODEL.toBuilder().statementOfApplicability(
        org.aimsrules.core.model.StatementOfApplicability.builder().entries(List.of(
            org.aimsrules.core.model.SoaEntry.builder().controlId("A.7.3").included(true).build())).build())
        .build();
    FactCollector facts = FactCollector.collect(model);
    EvaluationReport r = assembler.assemble(model, AS_OF, EvaluationOptions.defaults(), List.of(),
        List.of(), List.of(), facts::pointerOf, ALL_EVIDENCED);
    assertThat(r.control("A.7.3").orElseThrow()).satisfies(c -> {
      assertThat(c.applicable()).isFalse();
      assertThat(c.status()).isEqualTo(RequirementStatus.CONFORMING);
      assertThat(c.soa().included()).isTrue();
      assertThat(c.note()).startsWith("The Statement of Applicability includes this control, but nothing");
    });
  }

  @Test
  void verdictFollowsReadinessGatesAndMajors() {
    assertThat(assemble(EvaluationOptions.defaults(), List.of(Violation.at("A.2.2/policy-not-documented", "/aiPolicy")),
        List.of(), List.of()).summary().verdict()).isEqualTo(Verdict.NOT_READY);
    EvaluationReport noAudit = assemble(EvaluationOptions.defaults(),
        List.of(Violation.at("9.2.2/no-internal-audit", "/audits")), List.of(), List.of());
    assertThat(noAudit.summary().verdict()).isEqualTo(Verdict.STAGE_1_READY);
    assertThat(noAudit.summary().verdictReasons()).hasSize(2);
    String auditFinding = noAudit.findings().get(0).id();
    assertThat(noAudit.summary().decidingFindings()).containsExactly(auditFinding);
    assertThat(noAudit.summary().verdictReasons())
        .allSatisfy(reason -> assertThat(reason).contains(auditFinding));
    assertThat(assemble(EvaluationOptions.defaults(),
        List.of(Violation.at("A.7.3/rights-not-cleared", "/dataResources")), List.of(), List.of())
        .summary().verdict()).isEqualTo(Verdict.STAGE_2_READY);
  }

  @Test
  void duplicateViolationsOnOneSubjectAreOneFinding() {
    EvaluationReport r = assemble(EvaluationOptions.defaults(), List.of(
        Violation.of("7.5.3/doc-not-approved", ANN).with("what", "b"),
        Violation.of("7.5.3/doc-not-approved", ANN).with("what", "a")), List.of(), List.of());
    assertThat(r.findings()).singleElement().extracting(Finding::message).isEqualTo("Found a.");
  }

  @Test
  void rendersUnknownPlaceholdersLiterally() {
    assertThat(org.aimsrules.core.internal.report.MessageTemplate.parse("{a} and {b}")
        .render(Map.of("a", "1"))).isEqualTo("1 and {b}");
  }
}
