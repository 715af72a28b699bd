package org.aimsrules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain-Java subset finds what the engine restricted to the same twenty rules finds, and that
 * is what the full catalog finds with those rules, on the samples and on generated organizations.
 */
class SubsetTest {
  private static final LocalDate AS_OF = OrganizationGenerator.AS_OF;
  /** Sizes and seeds of the generated organizations; together they raise every rule of the subset. */
  private static final int[][] GENERATED = {{40, 24}, {100, 22}, {150, 23}};
  private static RestrictedEngine engine;
  private static Evaluator evaluator;

  @BeforeAll
  static void setUp() {
    engine = RestrictedEngine.subset();
    evaluator = Iso42001.evaluator();
  }

  static Stream<Arguments> models() {
    List<Arguments> cases = new ArrayList<>();
    for (String s : List.of("startup-beginning-aims", "bank-high-risk-credit-scoring",
        "conforming-logistics-provider", "conforming-insurer-deployer")) {
      cases.add(Arguments.of(s, BenchmarkModels.model(BenchmarkModels.sample(s))));
    }
    for (int[] g : GENERATED) {
      cases.add(Arguments.of("generated " + g[0] + " systems, seed " + g[1],
          OrganizationGenerator.generate(g[0], g[1])));
    }
    return cases.stream();
  }

  @Test
  void restrictedEngineHoldsExactlyTheSubsetAndItsDerivations() {
    Set<String> expected = new TreeSet<>(SubsetRules.RULES);
    expected.addAll(SubsetRules.DERIVATIONS);
    assertThat(SubsetRules.RULES).hasSize(20).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(engine.rules())).isEqualTo(expected);
    assertThat(Iso42001.catalog().rulesById().keySet()).containsAll(SubsetRules.RULES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void plainJavaRestrictedEngineAndFullCatalogAgree(String name, AimsModel model) {
    SortedSet<SubsetFinding> plain = PlainJavaSubset.evaluate(model, AS_OF);
    SortedSet<SubsetFinding> restricted = engine.evaluate(model, AS_OF);
    // each finding on its own: no systemic grouping, no escalation of repeated minors
    EvaluationOptions options = EvaluationOptions.builder().asOf(AS_OF).systemicFindings(false)
        .escalationThreshold(0).build();
    SortedSet<SubsetFinding> full = evaluator.evaluate(model, options).findings().stream()
        .filter(f -> SubsetRules.RULES.contains(f.ruleId()))
        .map(SubsetTest::finding)
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(plain).containsExactlyElementsOf(restricted);
    assertThat(restricted).containsExactlyElementsOf(full);
  }

  @Test
  void generatedOrganizationsExerciseEveryRuleOfTheSubset() {
    Set<String> fired = new TreeSet<>();
    for (int[] g : GENERATED) {
      for (SubsetFinding f : PlainJavaSubset.evaluate(OrganizationGenerator.generate(g[0], g[1]),
          AS_OF)) {
        fired.add(f.ruleId());
      }
    }
    assertThat(fired).hasSize(SubsetRules.RULES.size());
  }

  private static SubsetFinding finding(Finding f) {
    return new SubsetFinding(f.ruleId(), f.subject(), f.entityId());
  }
}
