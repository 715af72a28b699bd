package com.acme.aims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.catalog.Basis;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RequirementKind;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;
import org.kie.api.KieBase;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.EvaluationSession;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.engine.PrecompiledRulePack;
import org.aimsrules.core.engine.RulePack;
import org.aimsrules.core.engine.RulePacks;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Severity;
import org.junit.jupiter.api.Test;

/** The example vendor pack runs beside the catalog, on the facts the catalog's rules derive. */
class AcmePackTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Evaluator EVALUATOR = Evaluator.builder()
      .rulePack(Iso42001.rulePack()).rulePack(AcmePackProvider.pack()).build();
  private static final EvaluationOptions OPTIONS = EvaluationOptions.builder().asOf(AS_OF).build();

  @Test
  void discoveredBesideTheCatalog() {
    assertThat(RulePacks.discover(AcmePackTest.class.getClassLoader())).extracting(RulePack::id)
        .containsExactly("acme", "iso42001");
    assertThat(AcmePackProvider.pack().includes()).containsExactly("iso42001");
  }

  @Test
  void mergedCatalogHoldsBothPacks() {
    assertThat(EVALUATOR.rulePacks()).extracting(RulePack::id).containsExactly("iso42001", "acme");
    assertThat(EVALUATOR.catalog().id()).isEqualTo("iso42001");
    assertThat(EVALUATOR.catalog().rules()).hasSize(Iso42001.catalog().rules().size() + 4);
    assertThat(EVALUATOR.catalog().requirement("acme:HR-1")).isPresent();
    assertThat(EVALUATOR.catalog().groupTitle("acme:HR")).isEqualTo("Acme high-risk AI systems");
  }

  @Test
  void conformingBaselineHasNoVendorFinding() {
    EvaluationReport report = EVALUATOR.evaluate(baseline(), OPTIONS);
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void highRiskSystemWithoutLeadOrFallback() {
    EvaluationReport report = EVALUATOR.evaluate(highRiskWithoutOversight(), OPTIONS);
    assertThat(report.findings()).filteredOn(f -> "acme".equals(f.pack()))
        .extracting(Finding::ruleId, Finding::requirement, Finding::severity, Finding::subject,
            Finding::entityId, Finding::message)
        .containsExactly(
            tuple("acme:high-risk/oversight-lead", "acme:HR-1", Severity.MAJOR,
                "/aiSystems/0/humanOversight/overseerRoleId", "sys-forecast",
                "Nobody leads the human oversight of the high-risk system Demand forecasting."),
            tuple("acme:high-risk/no-fallback", "acme:HR-2", Severity.MAJOR,
                "/aiSystems/0/humanOversight/canInterrupt", "sys-forecast",
                "The overseers of the high-risk system Demand forecasting cannot stop it and fall "
                    + "back to manual handling."));
    assertThat(report.requirement("acme:HR-1")).isPresent();
  }

  @Test
  void disabledRuleDoesNotFireInEitherSession() {
    EvaluationOptions disabled = OPTIONS.toBuilder().disable("acme:high-risk/no-fallback").build();
    AimsModel model = highRiskWithoutOversight();
    EvaluationReport report = EVALUATOR.evaluate(model, disabled);
    assertThat(report.findings()).extracting(Finding::ruleId)
        .contains("acme:high-risk/oversight-lead").doesNotContain("acme:high-risk/no-fallback");
    try (EvaluationSession session = EVALUATOR.openSession(model, disabled)) {
      assertThat(session.report()).isEqualTo(report);
    }
  }

  @Test
  void anIncrementalSessionRunsTheVendorsRulesAsAFreshEvaluationDoes() {
    AimsModel changed = highRiskWithoutOversight();
    try (EvaluationSession session = EVALUATOR.openSession(baseline(), OPTIONS)) {
      assertThat(session.report().findings()).isEmpty();
      EvaluationReport after = session.replace(changed.aiSystems().get(0));
      assertThat(after).isEqualTo(EVALUATOR.evaluate(changed, OPTIONS));
      assertThat(after.findingsOf("acme:high-risk/no-fallback")).hasSize(1);
      EvaluationReport back = session.replace(baseline().aiSystems().get(0));
      assertThat(back.findings()).isEmpty();
    }
  }

  @Test
  void vendorPackWithoutTheCatalogIsRefused() {
    assertThatThrownBy(() -> Evaluator.builder().rulePack(AcmePackProvider.pack()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule pack 'acme' includes pack 'iso42001', which is not among the "
            + "evaluator's packs: add it with Evaluator.builder().rulePack(..)");
  }

  @Test
  void packsThatDoNotFormAChainAreRefused() {
    RulePack other = handMade("other", List.of(), "other:R-1");
    assertThatThrownBy(() -> Evaluator.builder().rulePack(Iso42001.rulePack())
        .rulePack(AcmePackProvider.pack()).rulePack(other).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule packs [acme, iso42001, other] do not form a chain: an evaluation runs one "
            + "rule session, on the KieBase of the pack that includes all the others "
            + "(RulePack.includes()), and none does");
  }

  @Test
  void idsWithoutTheirNamespaceAreRefused() {
    RulePack bad = handMade("bad", List.of("iso42001"), "R-1");
    assertThatThrownBy(() -> Evaluator.builder().rulePack(Iso42001.rulePack()).rulePack(bad)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule packs [bad, iso42001] cannot run together: requirement ref R-1 of pack "
            + "bad lacks its namespace bad:");
  }

  @Test
  void idsTwoPacksShareAreRefused() {
    RulePack copy = handMade("acme2", List.of("iso42001"), "acme2:R-1", "4.1/context-missing");
    assertThatThrownBy(() -> Evaluator.builder().rulePack(Iso42001.rulePack()).rulePack(copy)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule packs [acme2, iso42001] cannot run together: rule id 4.1/context-missing "
            + "of pack acme2 lacks its namespace acme2:; rule 4.1/context-missing is in packs "
            + "iso42001 and acme2");
  }

  @Test
  void aPackIncludingAPackWithoutAPrecompiledModelIsRefusedWhenItsRuleBaseLoads() {
    // Fail closed: the included pack's rules could only be added package by package, the Drools
    // 10.2 path that loses activations.
    RulePack handMade = handMade("base", List.of(), "base:R-1");
    RulePack pack = PrecompiledRulePack
        .builder(AcmePackProvider.class.getClassLoader(), "com/acme/aims/")
        .model("META-INF/kie/org.aimsrules/aims-rules-example-pack/drools-model", "acme-aims")
        .includes(handMade)
        .build();
    assertThatThrownBy(pack::kieBase)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("rule pack acme includes pack base, whose rules are not available as a "
            + "precompiled model (its modelResources() is empty): a pack can only include packs "
            + "precompiled by kie-maven-plugin");
  }

  /** A pack with one requirement and optionally one rule, never run (refused before). */
  private static RulePack handMade(String id, List<String> includes, String ref, String... rule) {
    List<RuleMetadata> rules = rule.length == 0 ? List.of() : List.of(new RuleMetadata(rule[0],
        ref, List.of(), Basis.REQUIREMENT, ref, null, null, Severity.MINOR, null, "t", null, "m",
        List.of(), null, null, List.of()));
    RuleCatalog catalog = new RuleCatalog(id, "1", List.of(new Requirement(ref,
        RequirementKind.SUBCLAUSE, "t", null, null, null, null)), rules, List.of(), Map.of());
    return new RulePack() {
      @Override
      public RuleCatalog catalog() {
        return catalog;
      }

      @Override
      public KieBase kieBase() {
        throw new AssertionError("never loaded");
      }

      @Override
      public List<String> includes() {
        return includes;
      }
    };
  }

  private static AimsModel highRiskWithoutOversight() {
    ObjectNode doc = (ObjectNode) baselineTree();
    ObjectNode system = (ObjectNode) doc.withArray("aiSystems").get(0);
    ((ObjectNode) system.get("euAiAct")).put("declaredRiskClass", "HIGH_RISK");
    ObjectNode oversight = (ObjectNode) system.get("humanOversight");
    oversight.remove("overseerRoleId");
    oversight.put("canInterrupt", false);
    return AimsModelReader.create().read(doc.toString());
  }

  private static AimsModel baseline() {
    return AimsModelReader.create().read(baselineTree().toString());
  }

  private static com.fasterxml.jackson.databind.JsonNode baselineTree() {
    try (InputStream in = AcmePackTest.class.getResourceAsStream("/fixtures/baseline.json")) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

}
