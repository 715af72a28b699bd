package org.aimsrules.test;

import static org.aimsrules.test.AimsAssertions.assertThat;
import static org.aimsrules.test.Reports.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.SoaView;
import org.aimsrules.core.report.Verdict;
import org.junit.jupiter.api.Test;

/** The assertions on reports and their failure messages, whole. */
class ReportAssertTest {
  private static final Finding SOA = finding("f1", "6.1.3/soa-missing", "6.1.3", Severity.MAJOR,
      "/statementOfApplicability", null, "No Statement of Applicability is kept.",
      List.of("Determine the controls.", "Record the justifications"));
  private static final Finding ROLE = finding("f2", "5.3/role-not-communicated", "5.3",
      Severity.MINOR, "/roles/8/communicatedOn", "role-dpo", "Role \u001b[31mDPO\u202e is not communicated.",
      List.of());
  private static final Finding DOC = finding("f3", "7.5.2/document-review-overdue", "7.5.2",
      Severity.OBSERVATION, "/documents/50/nextReviewDue", "doc-50", "The review is overdue.",
      List.of("Review it."));
  private static final Finding ROLE2 = finding("f4", "5.3/role-not-communicated", "5.3",
      Severity.MINOR, "/roles/9/communicatedOn", "role-ciso", "Role CISO is not communicated.",
      List.of());

  private static EvaluationReport report(List<Finding> findings) {
    return Reports.report("Acme\nBank", Verdict.NOT_READY, List.of("The SoA is missing (f1)."),
        findings,
        List.of(Reports.requirement("6.1.3", "AI risk treatment", RequirementStatus.NONCONFORMING,
            null, List.of("f1")),
            Reports.requirement("9.2.2", "Internal audit programme", RequirementStatus.CONFORMING,
                null, List.of())),
        List.of(Reports.control("A.6.2.8", true, List.of("An AI system is in operation."),
            new SoaView(true, true, "needed", "PARTIAL"), RequirementStatus.CONFORMING),
            Reports.control("A.10.4", false, List.of(), SoaView.NOT_LISTED,
                RequirementStatus.NOT_APPLICABLE)));
  }

  private static final EvaluationReport REPORT = report(List.of(SOA, ROLE, DOC, ROLE2));

  @Test
  void passingAssertionsChain() {
    EvaluationReport clean = report(List.of(DOC));
    assertThat(clean).hasVerdict(Verdict.NOT_READY).hasNoNonconformities()
        .hasNoFindingsAtOrAbove(Severity.MINOR).hasNoFinding("6.1.3/soa-missing");
    assertThat(REPORT).hasFinding("5.3/role-not-communicated").hasSize(2).on("role-ciso")
        .at("/roles/9/communicatedOn").withSeverity(Severity.MINOR).withRequirement("5.3")
        .withMessage("Role CISO is not communicated.").notWaived().singleFinding()
        .extracting(Finding::id).isEqualTo("f4");
    assertThat(REPORT).requirement("9.2.2").isConforming();
    assertThat(REPORT).requirement("6.1.3").isNonconforming();
    assertThat(REPORT).control("A.6.2.8").isApplicable().isIncluded().isConforming();
    assertThat(REPORT).control("A.10.4").isNotApplicable().hasStatus(RequirementStatus.NOT_APPLICABLE);
  }

  @Test
  void hasNoNonconformitiesListsEachOffendingFindingOnOneLineWithModelTextMadeInert() {
    assertThatThrownBy(() -> assertThat(REPORT).hasNoNonconformities()).hasMessage("""

        Expecting the report on "Acme Bank" as of 2026-06-30 to have no nonconformities, but it has 3:
          - MAJOR 6.1.3/soa-missing at /statementOfApplicability: No Statement of Applicability is kept.\
         Actions: Determine the controls. Record the justifications.
          - MINOR 5.3/role-not-communicated at /roles/8/communicatedOn [role-dpo]: Role \\u001b[31mDPO\\u202e\
         is not communicated.
          - MINOR 5.3/role-not-communicated at /roles/9/communicatedOn [role-ciso]: Role CISO is not\
         communicated.""");
  }

  @Test
  void waivedFindingsDoNotCount() {
    EvaluationReport report = report(List.of(Reports.waived(SOA), DOC));
    assertThat(report).hasNoNonconformities().hasFinding("6.1.3/soa-missing");
    assertThatThrownBy(() -> assertThat(report).hasFinding("6.1.3/soa-missing").notWaived())
        .hasMessageContaining("(waived)");
  }

  @Test
  void hasNoFindingsAtOrAboveNamesTheThreshold() {
    assertThatThrownBy(() -> assertThat(report(List.of(DOC))).hasNoFindings()).hasMessage("""

        Expecting the report on "Acme Bank" as of 2026-06-30 to have no findings at or above OPPORTUNITY, \
        but it has 1:
          - OBSERVATION 7.5.2/document-review-overdue at /documents/50/nextReviewDue [doc-50]: The review\
         is overdue. Actions: Review it.""");
  }

  @Test
  void hasVerdictShowsTheReasonsAndTheDecidingFindings() {
    assertThatThrownBy(() -> assertThat(REPORT).hasVerdict(Verdict.STAGE_2_READY)).hasMessage("""

        Expecting the report on "Acme Bank" as of 2026-06-30 to have the verdict STAGE_2_READY, but it \
        is NOT_READY.
        Why:
          - The SoA is missing (f1).
        Deciding findings:
          - MAJOR 6.1.3/soa-missing at /statementOfApplicability: No Statement of Applicability is kept.\
         Actions: Determine the controls. Record the justifications.""");
  }

  @Test
  void eachNarrowingFailsWhenNothingIsLeftListingWhatThereWas() {
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("5.3/role-not-communicated")
        .on("role-ciso").withSeverity(Severity.MAJOR)).hasMessage("""

        Expecting a finding of 5.3/role-not-communicated on "role-ciso" with severity MAJOR, but there \
        is none. There were:
          - MINOR 5.3/role-not-communicated at /roles/9/communicatedOn [role-ciso]: Role CISO is not\
         communicated.""");
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("4.3/scope-missing"))
        .hasMessageStartingWith("""

            Expecting the report on "Acme Bank" as of 2026-06-30 to have a finding of \
            4.3/scope-missing, but it has none. Its findings:
              - MAJOR 6.1.3/soa-missing""");
    assertThatThrownBy(() -> assertThat(REPORT).hasFinding("5.3/role-not-communicated")
        .singleFinding()).hasMessageStartingWith("""

            Expecting 1 finding (a finding of 5.3/role-not-communicated), but there are 2:""");
  }

  @Test
  void theDescriptionGoesInFrontAndIsKeptByNarrowing() {
    assertThatThrownBy(() -> assertThat(REPORT).as("sample %s", "bank")
        .hasFinding("5.3/role-not-communicated").at("/nowhere"))
        .hasMessageStartingWith("[sample bank] \nExpecting a finding of 5.3/role-not-communicated at /nowhere");
  }

  @Test
  void requirementAndControlFailuresShowStatusReasonAndFindings() {
    assertThatThrownBy(() -> assertThat(REPORT).requirement("6.1.3").isConforming()).hasMessage("""

        Expecting requirement 6.1.3 (AI risk treatment) to be CONFORMING, but it is NONCONFORMING.
        Findings against it:
          - MAJOR 6.1.3/soa-missing at /statementOfApplicability: No Statement of Applicability is kept.\
         Actions: Determine the controls. Record the justifications.""");
    assertThatThrownBy(() -> assertThat(REPORT).requirement("99.9")).hasMessage("""

        Expecting the report on "Acme Bank" as of 2026-06-30 to have the requirement 99.9, but its \
        catalog has no such requirement.""");
    assertThatThrownBy(() -> assertThat(REPORT).control("A.6.2.8").isImplemented()).hasMessage("""

        Expecting control A.6.2.8 (Title of A.6.2.8) to be implemented, but the Statement of \
        Applicability includes it with the implementation status PARTIAL.""");
    assertThatThrownBy(() -> assertThat(REPORT).control("A.6.2.8").isNotApplicable()).hasMessage("""

        Expecting control A.6.2.8 (Title of A.6.2.8) not to be applicable, but it is. Why:
          - An AI system is in operation.""");
    assertThatThrownBy(() -> assertThat(REPORT).control("A.10.4").isApplicable()).hasMessage("""

        Expecting control A.10.4 (Title of A.10.4) to be applicable, but nothing in the \
        organization's context makes it so.
        Statement of Applicability: does not list it.""");
  }

  @Test
  void aNullReportFailsAsAssertJDoes() {
    assertThatThrownBy(() -> assertThat((EvaluationReport) null).hasNoNonconformities())
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
    assertThat(ReportAssert.leaves(List.of(SOA))).containsExactly(SOA);
  }
}
