package org.aimsrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.AimsSchema;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Severity;
import org.aimsrules.examples.cli.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** The bundled samples are valid and say what their names promise. */
class SamplesTest {
  static final java.util.List<String> NAMES = Samples.NAMES;
  /** The date the samples were written for; they stay as described for months after it. */
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode sample(String name) throws IOException {
    try (InputStream in = Samples.open(name)) {
      return MAPPER.readTree(in);
    }
  }

  static EvaluationReport evaluate(String name, LocalDate asOf) throws IOException {
    try (InputStream in = Samples.open(name)) {
      return Iso42001.evaluator().evaluate(AimsModelReader.create().read(in),
          EvaluationOptions.builder().asOf(asOf).build());
    }
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void everySampleValidatesAgainstThePublishedSchema(String name) throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(MAPPER.readTree(AimsSchema.json()));
    Set<ValidationMessage> messages = schema.validate(sample(name));
    assertThat(messages).as(name).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("NAMES")
  void everySampleReadsAsAModel(String name) throws IOException {
    try (InputStream in = Samples.open(name)) {
      assertThat(AimsModelReader.create().read(in).organization().name()).isNotBlank();
    }
  }

  @Test
  void theConformingOrganizationHasNoNonconformity() throws IOException {
    for (LocalDate asOf : new LocalDate[] {AS_OF, AS_OF.plusMonths(4)}) {
      EvaluationReport report = evaluate("conforming-logistics-provider", asOf);
      assertThat(report.findings()).as("as of %s", asOf).filteredOn(Finding::isNonconformity).isEmpty();
    }
  }

  /** The bundled samples that claim to conform. */
  static final java.util.List<String> CONFORMING = NAMES.stream().filter(n -> n.contains("conform")).toList();

  /** Two evaluation dates six months apart: a conforming organization stays conforming between them. */
  static final java.util.List<LocalDate> CONFORMING_DATES = java.util.List.of(AS_OF, AS_OF.plusMonths(6));

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> conformingSamplesAndDates() {
    return CONFORMING.stream().flatMap(name -> CONFORMING_DATES.stream()
        .map(asOf -> org.junit.jupiter.params.provider.Arguments.of(name, asOf)));
  }

  @Test
  void thereAreTwoIndependentConformingSamples() {
    assertThat(CONFORMING).contains("conforming-logistics-provider", "conforming-insurer-deployer");
  }

  @ParameterizedTest(name = "{0} as of {1}")
  @org.junit.jupiter.params.provider.MethodSource("conformingSamplesAndDates")
  void everyConformingSampleIsReadyForStageTwoWithoutNonconformity(String name, LocalDate asOf) throws IOException {
    EvaluationReport report = evaluate(name, asOf);
    assertThat(allFindings(report)).as("%s as of %s", name, asOf)
        .filteredOn(f -> f.severity() == Severity.MAJOR || f.severity() == Severity.MINOR)
        .isEmpty();
    assertThat(report.summary().verdict()).as("%s as of %s", name, asOf)
        .isEqualTo(org.aimsrules.core.report.Verdict.STAGE_2_READY);
  }

  @Test
  void theInsurerOnlyDeploysPurchasedSystems() throws IOException {
    EvaluationReport report = evaluate("conforming-insurer-deployer", AS_OF);
    assertThat(java.util.stream.Stream.of("A.6.1.2", "A.6.1.3", "A.6.2.2", "A.6.2.3", "A.7.2", "A.10.4"))
        .allSatisfy(c -> assertThat(report.control(c).orElseThrow().applicable()).as(c).isFalse());
    assertThat(java.util.stream.Stream.of("A.6.2.6", "A.6.2.8", "A.9.2", "A.9.3", "A.9.4", "A.10.3"))
        .allSatisfy(c -> assertThat(report.control(c).orElseThrow().applicable()).as(c).isTrue());
  }

  /** Findings with escalated minors listed in place of the major that stands for them. */
  static java.util.List<Finding> allFindings(EvaluationReport report) {
    return report.findings().stream()
        .flatMap(f -> f.escalates().isEmpty() ? java.util.stream.Stream.of(f) : f.escalates().stream())
        .toList();
  }

  @Test
  void theStartUpHasMajorGaps() throws IOException {
    EvaluationReport report = evaluate("startup-beginning-aims", AS_OF);
    assertThat(report.summary().count(Severity.MAJOR)).isGreaterThanOrEqualTo(1);
    assertThat(report.summary().verdict()).isEqualTo(org.aimsrules.core.report.Verdict.NOT_READY);
    assertThat(allFindings(report)).filteredOn(f -> f.ruleId().equals("5.2/policy-not-approved-by-top-management"))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.MINOR);
          assertThat(f.subject()).isEqualTo("/aiPolicy/approvedBy");
          assertThat(f.message()).isEqualTo("The AI policy is not approved by a member of top management (approver: none).");
        });
    assertThat(report.findingsOf("6.1.3/soa-missing")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.MAJOR);
          assertThat(f.subject()).isEqualTo("/statementOfApplicability");
        });
  }

  static java.util.Set<String> clauses(java.util.List<Finding> findings) {
    return findings.stream().map(f -> f.requirement().split("\\.")[0])
        .filter(c -> !c.equals("A")).collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void theStartUpAndTheBankShowFindingsAcrossClausesFourToTen() throws IOException {
    EvaluationReport startUp = evaluate("startup-beginning-aims", AS_OF);
    assertThat(clauses(allFindings(startUp).stream().filter(Finding::isNonconformity).toList()))
        .containsExactlyInAnyOrder("4", "5", "6", "7", "8", "9", "10");
    EvaluationReport bank = evaluate("bank-high-risk-credit-scoring", AS_OF);
    assertThat(clauses(allFindings(bank))).containsExactlyInAnyOrder("4", "5", "6", "7", "8", "9", "10");
  }

  @Test
  void theBankShowsItsDesignedLapsesAndNothingElse() throws IOException {
    EvaluationReport report = evaluate("bank-high-risk-credit-scoring", AS_OF);
    assertThat(report.findings()).extracting(Finding::ruleId, Finding::severity, Finding::subject)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("4.2/unaddressed-requirement-without-rationale", Severity.OBSERVATION, "/interestedParties/0/requirements/1/rationale"),
            org.assertj.core.groups.Tuple.tuple("5.3/role-not-communicated", Severity.MINOR, "/roles/8/communicatedOn"),
            org.assertj.core.groups.Tuple.tuple("6.2/objective-past-due", Severity.MINOR, "/objectives/2/dueDate"),
            org.assertj.core.groups.Tuple.tuple("7.2/role-competence-not-determined", Severity.MINOR, "/roles/8"),
            org.assertj.core.groups.Tuple.tuple("7.5.2/document-review-overdue", Severity.OBSERVATION, "/documents/50/nextReviewDue"),
            org.assertj.core.groups.Tuple.tuple("8.2/risk-assessment-before-significant-change", Severity.MINOR, "/aiSystems/1/lastSignificantChangeOn"),
            org.assertj.core.groups.Tuple.tuple("8.4/impact-assessment-before-significant-change", Severity.MINOR, "/aiSystems/1/lastSignificantChangeOn"),
            org.assertj.core.groups.Tuple.tuple("9.3.2/party-changes-not-reviewed", Severity.MINOR, "/managementReviews/0/inputs"),
            org.assertj.core.groups.Tuple.tuple("9.3.3/review-action-overdue", Severity.OBSERVATION, "/managementReviews/0/outputs/0/dueDate"),
            org.assertj.core.groups.Tuple.tuple("10.2/corrective-action-overdue", Severity.MINOR, "/correctiveActions/0/dueDate"),
            org.assertj.core.groups.Tuple.tuple("A.6.2.5/conformity-assessment-missing-before-application", Severity.OBSERVATION, "/aiSystems/0/euAiAct/conformityAssessedOn"),
            org.assertj.core.groups.Tuple.tuple("A.6.2.8/high-risk-log-retention-under-six-months-before-application", Severity.OBSERVATION, "/aiSystems/0/eventLogging/retentionDays"));
    assertThat(report.control("A.6.2.8").orElseThrow().applicable()).isTrue();
  }

  @Test
  void theBanksHighRiskGapsBecomeNonconformitiesOnceTheActApplies() throws IOException {
    EvaluationReport report = evaluate("bank-high-risk-credit-scoring", LocalDate.of(2027, 12, 2));
    assertThat(report.findingsOf("A.6.2.8/high-risk-log-retention-under-six-months")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.MINOR);
          assertThat(f.entityId()).isEqualTo("sys-credit-score");
          assertThat(f.references()).extracting(r -> r.framework() + " " + r.id()).contains("EU AI Act Art. 19");
        });
  }

  @Test
  void theBankHasAFewLapses() throws IOException {
    EvaluationReport report = evaluate("bank-high-risk-credit-scoring", AS_OF);
    assertThat(report.findingsOf("8.4/impact-assessment-before-significant-change")).singleElement()
        .satisfies(f -> assertThat(f.entityId()).isEqualTo("sys-fraud"));
    assertThat(report.findingsOf("10.2/corrective-action-overdue")).singleElement()
        .satisfies(f -> assertThat(f.entityId()).isEqualTo("ca-2026-1"));
    assertThat(report.summary().count(Severity.MAJOR)).isZero();
  }
}
