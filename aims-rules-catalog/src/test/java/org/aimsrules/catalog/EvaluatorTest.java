package org.aimsrules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aimsrules.catalog.testing.CatalogFixtures;
import org.aimsrules.test.fixtures.RuleFixtures;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.model.AiSystem;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.Organization;
import org.aimsrules.core.model.Scope;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.ReportJson;
import org.aimsrules.core.report.Severity;
import org.junit.jupiter.api.Test;

/** The evaluator's contract: deterministic, thread-safe, time as an input, strict about its inputs. */
class EvaluatorTest {
  static final Evaluator EVALUATOR = Iso42001.evaluator();
  static final EvaluationOptions AS_OF = EvaluationOptions.builder()
      .asOf(RuleFixtures.DEFAULT_AS_OF).build();

  static AimsModel baseline() throws Exception {
    return AimsModelReader.create().read(new ObjectMapper().writeValueAsBytes(CatalogFixtures.FIXTURES.baseline()));
  }

  static AimsModel minimal() {
    return AimsModel.builder().schemaVersion("1.0")
        .organization(Organization.builder().name("Minimal Ltd").build()).build();
  }

  @Test
  void theCatalogPackIsDiscoverableById() {
    assertThat(org.aimsrules.core.engine.RulePacks.find(getClass().getClassLoader(), "iso42001"))
        .containsSame(Iso42001.rulePack());
  }

  @Test
  void sameModelAndDateGiveByteIdenticalReports() throws Exception {
    AimsModel model = baseline();
    String first = ReportJson.toJson(EVALUATOR.evaluate(model, AS_OF));
    String second = ReportJson.toJson(Iso42001.evaluator().evaluate(baseline(), AS_OF));
    assertThat(second).isEqualTo(first);
    String minimal = ReportJson.toJson(EVALUATOR.evaluate(minimal(), AS_OF));
    assertThat(ReportJson.toJson(EVALUATOR.evaluate(minimal(), AS_OF))).isEqualTo(minimal);
  }

  @Test
  void concurrentEvaluationsGiveTheSameReportsAsSequentialOnes() throws Exception {
    List<AimsModel> models = List.of(baseline(), minimal());
    List<String> expected = new ArrayList<>();
    for (AimsModel m : models) {
      expected.add(ReportJson.toJson(EVALUATOR.evaluate(m, AS_OF)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        AimsModel m = models.get(i % 2);
        futures.add(pool.submit(() -> ReportJson.toJson(EVALUATOR.evaluate(m, AS_OF))));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % 2));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void withoutAsOfTheClockDecidesToday() {
    Clock clock = Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneOffset.UTC);
    EvaluationReport report = EVALUATOR.evaluate(minimal(), EvaluationOptions.builder().clock(clock).build());
    assertThat(report.asOf()).isEqualTo(LocalDate.of(2027, 3, 1));
  }

  @Test
  void aMinimalModelIsMissingEverythingAndNotReady() {
    EvaluationReport report = EVALUATOR.evaluate(minimal(), AS_OF);
    assertThat(report.summary().verdict().name()).isEqualTo("NOT_READY");
    assertThat(report.findings()).extracting(Finding::ruleId)
        .contains("4.3/scope-missing", "5.2/policy-missing", "6.1.3/soa-missing",
            "9.2.2/no-internal-audit", "9.3.1/no-management-review");
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("5.2/policy-missing"))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.MAJOR);
          assertThat(f.subject()).isEqualTo("/aiPolicy");
          assertThat(f.entityId()).isNull();
        });
    assertThat(report.controls()).hasSize(38);
  }

  @Test
  void aRecordBuiltModelIsValidatedLikeJson() {
    AimsModel broken = minimal().toBuilder()
        .scope(Scope.builder().includedAiSystemIds(List.of("sys-ghost")).build())
        .aiSystems(List.of(AiSystem.builder().id("sys-1").name("A").build(),
            AiSystem.builder().id("sys-1").name("B").build()))
        .build();
    assertThatThrownBy(() -> EVALUATOR.evaluate(broken, AS_OF))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems())
            .extracting(Object::toString).containsExactly(
                "/aiSystems/1/id: duplicate id 'sys-1'; first used at /aiSystems/0",
                "/scope/includedAiSystemIds/0: refers to unknown AiSystem 'sys-ghost'"));
  }

  @Test
  void optionsNamingUnknownRulesAreRejected() {
    assertThatThrownBy(() -> EVALUATOR.evaluate(minimal(), EvaluationOptions.builder()
        .severity("9.9/no-such-rule", Severity.MINOR).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9.9/no-such-rule");
  }

  @Test
  void recordsDatedAfterAsOfDoNotCount() throws Exception {
    EvaluationReport early = EVALUATOR.evaluate(baseline(),
        EvaluationOptions.builder().asOf(LocalDate.of(2026, 4, 1)).build());
    assertThat(early.findingsOf("9.2.2/no-internal-audit")).hasSize(1);
    assertThat(early.findingsOf("9.3.1/no-management-review")).hasSize(1);
  }

  @Test
  void anEvaluationPastItsTimeLimitIsHaltedWithAClearExceptionAndTheEvaluatorStaysUsable()
      throws Exception {
    Evaluator evaluator = Iso42001.evaluator();
    AimsModel model = AimsModelReader.create().read(new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsBytes(CatalogFixtures.FIXTURES.baseline()));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluator.evaluate(model,
            EvaluationOptions.builder().asOf(LocalDate.of(2026, 6, 30))
                .timeLimit(java.time.Duration.ofNanos(1)).build()))
        .isInstanceOf(org.aimsrules.core.engine.EvaluationTimeoutException.class)
        .hasMessage("evaluation exceeded its time limit of 1 ns and was halted");
    EvaluationReport report = evaluator.evaluate(model, EvaluationOptions.builder()
        .asOf(LocalDate.of(2026, 6, 30)).timeLimit(java.time.Duration.ofMinutes(5)).build());
    assertThat(report.findings()).filteredOn(f -> f.isNonconformity()).isEmpty();
  }
}
