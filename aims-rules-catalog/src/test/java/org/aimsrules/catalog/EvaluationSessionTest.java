package org.aimsrules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.EvaluationSession;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.model.AiSystem;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.Person;
import org.aimsrules.core.model.Scope;
import org.aimsrules.core.model.StatementOfApplicability;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.ReportJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Examples of the incremental evaluation session: each report equals a fresh evaluation. */
class EvaluationSessionTest {
  static final Path SAMPLES =
      Path.of("../aims-rules-examples/src/main/resources/org/aimsrules/examples/samples");
  private static final Evaluator EVALUATOR = Iso42001.evaluator();
  private static final EvaluationOptions OPTIONS =
      EvaluationOptions.builder().asOf(LocalDate.of(2026, 11, 30)).build();

  static Stream<String> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .toList().stream();
    }
  }

  static AimsModel sample(String name) {
    return AimsModelReader.create().read(SAMPLES.resolve(name));
  }

  private static void assertFresh(EvaluationSession session) {
    assertThat(ReportJson.toJson(session.report()))
        .isEqualTo(ReportJson.toJson(EVALUATOR.evaluate(session.model(), OPTIONS)));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void aSessionReportsWhatAFreshEvaluationReports(String name) {
    AimsModel model = sample(name);
    try (EvaluationSession session = EVALUATOR.openSession(model, OPTIONS)) {
      assertThat(session.model()).isSameAs(model);
      assertThat(ReportJson.toJson(session.report()))
          .isEqualTo(ReportJson.toJson(EVALUATOR.evaluate(model, OPTIONS)));
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void removingAndAddingBackEverySystemKeepsTheReportFresh(String name) {
    AimsModel model = sample(name);
    try (EvaluationSession session = EVALUATOR.openSession(model, OPTIONS)) {
      for (AiSystem s : model.aiSystems()) {
        try {
          EvaluationReport removed = session.remove(s.id());
          assertThat(removed).isSameAs(session.report());
          assertThat(session.model().aiSystems()).doesNotContain(s);
          assertFresh(session);
        } catch (InvalidModelException e) {
          // other records refer to the system: the session is unchanged
          assertThat(session.model()).isSameAs(model);
          assertThatThrownBy(() -> EVALUATOR.evaluate(without(model, s), OPTIONS))
              .isInstanceOf(InvalidModelException.class);
          continue;
        }
        session.add(s);
        assertFresh(session);
      }
    }
  }

  private static AimsModel without(AimsModel model, AiSystem s) {
    return model.toBuilder()
        .aiSystems(model.aiSystems().stream().filter(x -> x != s).toList()).build();
  }

  @Test
  void aReplacedSystemIsReEvaluatedAndTheOriginalRestoresTheFirstReport() {
    AimsModel model = sample("startup-beginning-aims.json");
    try (EvaluationSession session = EVALUATOR.openSession(model, OPTIONS)) {
      String first = ReportJson.toJson(session.report());
      AiSystem original = model.aiSystems().get(0);
      AiSystem changed = original.toBuilder().intendedPurpose(null).usesPersonalData(true)
          .build();
      session.replace(changed);
      assertThat(session.model().aiSystems().get(0)).isSameAs(changed);
      assertFresh(session);
      assertThat(ReportJson.toJson(session.report())).isNotEqualTo(first);
      session.replace(original);
      assertThat(ReportJson.toJson(session.report())).isEqualTo(first);
    }
  }

  /**
   * A replace regrades only the findings about the replaced entity and takes the others from the
   * previous report: every other finding must stay exactly as a fresh evaluation gives it.
   */
  @ParameterizedTest
  @MethodSource("samples")
  void replacingEachSystemInTurnKeepsEveryOtherFindingFresh(String name) {
    AimsModel model = sample(name);
    try (EvaluationSession session = EVALUATOR.openSession(model, OPTIONS)) {
      for (AiSystem original : model.aiSystems()) {
        session.replace(original.toBuilder().intendedPurpose(null).humanOversight(null).build());
        assertFresh(session);
        session.replace(original);
        assertFresh(session);
      }
    }
  }

  /**
   * A caller that reads each entity afresh (from its own store or a request) replaces it with
   * equal records in new instances. The rules then derive findings equal to the ones the session
   * holds; those must not keep pointing at the records the model no longer holds. Each AI system
   * is replaced by an equal copy read again, then by a copy differing only in its description; then
   * the scope and the Statement of Applicability by equal copies.
   */
  @ParameterizedTest
  @MethodSource("samples")
  void replacingWithEqualRecordsInNewInstancesKeepsTheReportFresh(String name) {
    AimsModel model = sample(name);
    AimsModel readAgain = sample(name);
    try (EvaluationSession session = EVALUATOR.openSession(model, OPTIONS)) {
      for (AiSystem copy : readAgain.aiSystems()) {
        session.replace(copy);
        assertThat(session.model().aiSystems()).anySatisfy(s -> assertThat(s).isSameAs(copy));
        assertFresh(session);
        session.replace(copy.toBuilder().description("Read again and edited.").build());
        assertFresh(session);
      }
      session.replaceSection(Scope.class, readAgain.scope());
      assertThat(session.model().scope()).isSameAs(readAgain.scope());
      assertFresh(session);
      session.replaceSection(StatementOfApplicability.class, readAgain.statementOfApplicability());
      assertFresh(session);
    }
  }

  /**
   * A record held by two entities is located at its first place in the document; replacing one of
   * them may move it, so such a replace regrades every finding.
   */
  @Test
  void aReplaceOfAnEntityThatSharesARecordWithAnotherKeepsTheReportFresh() {
    AimsModel model = sample("bank-high-risk-credit-scoring.json");
    List<AiSystem> systems = new ArrayList<>(model.aiSystems());
    AiSystem first = systems.stream().filter(s -> s.humanOversight() != null).findFirst()
        .orElseThrow();
    int other = systems.indexOf(first) == 0 ? 1 : 0;
    systems.set(other, systems.get(other).toBuilder().humanOversight(first.humanOversight())
        .intendedPurpose(null).build());
    AimsModel sharing = model.toBuilder().aiSystems(systems).build();
    try (EvaluationSession session = EVALUATOR.openSession(sharing, OPTIONS)) {
      assertFresh(session);
      session.replace(first.toBuilder().intendedPurpose(null).build());
      assertFresh(session);
      session.replace(first.toBuilder().humanOversight(null).build());
      assertFresh(session);
      session.replace(first);
      assertFresh(session);
    }
  }

  @Test
  void aChangeThatMakesTheModelInvalidIsRejectedAndLeavesTheSessionAsItWas() {
    AimsModel model = sample("conforming-logistics-provider.json");
    try (EvaluationSession session = EVALUATOR.openSession(model, OPTIONS)) {
      EvaluationReport before = session.report();
      AiSystem first = model.aiSystems().get(0);
      // a duplicate id
      assertThatThrownBy(() -> session.add(first.toBuilder().name("copy").build()))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("duplicate id");
      // a dangling reference
      assertThatThrownBy(() -> session.replace(first.toBuilder().ownerId("p-nobody").build()))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("p-nobody");
      // a removal that leaves references dangling
      assertThatThrownBy(() -> session.remove(first.id()))
          .isInstanceOf(InvalidModelException.class);
      // a missing required value
      assertThatThrownBy(() -> session.replace(first.toBuilder().name(null).build()))
          .isInstanceOf(InvalidModelException.class);
      // a reference to an entity of another type
      Person person = model.people().get(0);
      assertThatThrownBy(() -> session.replace(first.toBuilder().ownerId(
          model.aiSystems().get(0).id()).build()))
          .isInstanceOf(InvalidModelException.class);
      assertThat(session.model()).isSameAs(model);
      assertThat(session.report()).isSameAs(before);
      assertThat(person).isNotNull();
      // still usable, and still fresh
      session.replace(first.toBuilder().description("changed").build());
      assertFresh(session);
    }
  }

  @Test
  void singletonSectionsAreReplacedOrRemovedAsAWhole() {
    AimsModel model = sample("conforming-logistics-provider.json");
    try (EvaluationSession session = EVALUATOR.openSession(model, OPTIONS)) {
      StatementOfApplicability soa = model.statementOfApplicability();
      session.replaceSection(StatementOfApplicability.class,
          soa.toBuilder().entries(soa.entries().subList(1, soa.entries().size())).build());
      assertFresh(session);
      session.replaceSection(StatementOfApplicability.class, null);
      assertThat(session.model().statementOfApplicability()).isNull();
      assertFresh(session);
      Scope scope = model.scope();
      session.replaceSection(Scope.class, scope.toBuilder().includedAiSystemIds(List.of()).build());
      assertFresh(session);
      session.replaceSection(StatementOfApplicability.class, soa);
      session.replaceSection(Scope.class, scope);
      assertThat(ReportJson.toJson(session.report()))
          .isEqualTo(ReportJson.toJson(EVALUATOR.evaluate(model, OPTIONS)));
      assertThatThrownBy(() -> session.replaceSection(
          org.aimsrules.core.model.Organization.class, null))
          .isInstanceOf(InvalidModelException.class);
    }
  }

  @Test
  void aSessionPastItsTimeLimitIsNotOpened() {
    AimsModel model = sample("startup-beginning-aims.json");
    EvaluationOptions tight = OPTIONS.toBuilder().timeLimit(java.time.Duration.ofNanos(1)).build();
    assertThatThrownBy(() -> EVALUATOR.openSession(model, tight))
        .isInstanceOf(org.aimsrules.core.engine.EvaluationTimeoutException.class);
  }

  @Test
  void optionsApplyToEveryReportOfTheSession() {
    AimsModel model = sample("startup-beginning-aims.json");
    String rule = EVALUATOR.evaluate(model, OPTIONS).findings().get(0).ruleId();
    EvaluationOptions tailored = OPTIONS.toBuilder().disable(rule).systemicFindings(false).build();
    try (EvaluationSession session = EVALUATOR.openSession(model, tailored)) {
      AiSystem first = model.aiSystems().get(0);
      session.replace(first.toBuilder().intendedPurpose(null).build());
      assertThat(session.report().findingsOf(rule)).isEmpty();
      assertThat(ReportJson.toJson(session.report()))
          .isEqualTo(ReportJson.toJson(EVALUATOR.evaluate(session.model(), tailored)));
    }
  }

  @Test
  void misuseIsRefused() {
    AimsModel model = sample("startup-beginning-aims.json");
    EvaluationSession session = EVALUATOR.openSession(model, OPTIONS);
    assertThatThrownBy(() -> session.remove("no-such-id"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> session.replace(model.aiSystems().get(0).toBuilder().id("new-id")
        .build())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> session.replaceSection(String.class, "1.1"))
        .isInstanceOf(IllegalArgumentException.class);
    session.close();
    assertThatThrownBy(() -> session.remove(model.aiSystems().get(0).id()))
        .isInstanceOf(IllegalStateException.class);
  }
}
