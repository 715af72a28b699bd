package org.aimsrules.benchmarks;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.RulePack;
import org.aimsrules.core.internal.FactCollector;
import org.aimsrules.core.internal.IntervalResolver;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.rule.AsOf;
import org.aimsrules.core.rule.Derived;
import org.aimsrules.core.rule.Violation;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;

/**
 * Counts what a rule session does for each benchmark model: the input facts (as {@code Evaluator}
 * inserts them: the model's facts, the evaluation date, the resolved intervals and the pack's
 * context facts), the facts inserted in the session (input and derived), the facts retracted, the
 * rules fired and the violations left. Counts, not times, answer most questions about the cost of
 * a change to the rules; the wall time of the session (cold for the first model) is printed too.
 *
 * <p>Run with {@code java -Xmx1g -cp target/classes:$(cat target/classpath.txt)
 * org.aimsrules.benchmarks.SessionStats [sizes...]}: without arguments the four samples and
 * generated organizations of 10, 100 and 1,000 AI systems (seed 1).
 */
public final class SessionStats {
  private SessionStats() {}

  /**
   * What one session did.
   *
   * @param inputFacts facts inserted by the caller
   * @param inserted insertions seen by the session (input and derived facts)
   * @param deleted retractions seen by the session (derived facts whose support went away)
   * @param fired rule firings
   * @param factsAtEnd facts in the session after the last firing
   * @param violations violations in the session after the last firing
   * @param millis wall time of inserting and firing
   */
  public record Stats(int inputFacts, long inserted, long deleted, long fired, long factsAtEnd,
      long violations, long millis) {}

  /**
   * Runs the program.
   *
   * @param args sizes of generated organizations (default 10 100 1000)
   */
  public static void main(String[] args) {
    PrintStream out = System.out;
    RulePack pack = Iso42001.rulePack();
    pack.kieBase();
    Map<String, AimsModel> models = new LinkedHashMap<>();
    for (String s : BenchmarkModels.SAMPLES) {
      models.put(s, BenchmarkModels.model(BenchmarkModels.sample(s)));
    }
    List<Integer> sizes = new ArrayList<>();
    for (String a : args) {
      sizes.add(Integer.parseInt(a));
    }
    if (sizes.isEmpty()) {
      sizes.addAll(List.of(10, 100, 1000));
    }
    out.println("| model | AI systems | input facts | facts inserted (input + derived) | facts "
        + "retracted | rules fired | facts at end | violations | session ms |");
    out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (Map.Entry<String, AimsModel> e : models.entrySet()) {
      print(out, e.getKey(), e.getValue(), run(pack, e.getValue(), OrganizationGenerator.AS_OF));
    }
    for (int n : sizes) {
      AimsModel m = OrganizationGenerator.generate(n, 1);
      print(out, "generated, seed 1", m, run(pack, m, OrganizationGenerator.AS_OF));
    }
  }

  private static void print(PrintStream out, String name, AimsModel m, Stats s) {
    out.printf("| %s | %d | %d | %d | %d | %d | %d | %d | %d |%n", name, m.aiSystems().size(),
        s.inputFacts(), s.inserted(), s.deleted(), s.fired(), s.factsAtEnd(), s.violations(),
        s.millis());
  }

  /**
   * Runs one stateful session over a model's facts, as {@code Evaluator} would, and counts.
   *
   * @param pack the rule pack
   * @param model the model
   * @param asOf evaluation date
   * @return the counts
   */
  public static Stats run(RulePack pack, AimsModel model, LocalDate asOf) {
    List<Object> facts = new ArrayList<>(FactCollector.collect(model).facts());
    facts.add(new AsOf(asOf));
    facts.add(IntervalResolver.resolve(model, EvaluationOptions.defaults().defaultIntervals()));
    facts.addAll(pack.contextFacts(asOf));
    long[] counts = new long[3];
    KieSession session = pack.kieBase().newKieSession();
    // as Evaluator does: derived facts inserted plainly, once per value (see Derived)
    session.setGlobal(Derived.FACTS_GLOBAL, new HashSet<>());
    try {
      session.addEventListener(new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
          counts[0]++;
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
          counts[1]++;
        }
      });
      session.addEventListener(new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
          counts[2]++;
        }
      });
      long start = System.nanoTime();
      for (Object f : facts) {
        session.insert(f);
      }
      session.fireAllRules();
      long millis = (System.nanoTime() - start) / 1_000_000;
      long violations = session.getObjects(new ClassObjectFilter(Violation.class)).size();
      return new Stats(facts.size(), counts[0], counts[1], counts[2], session.getFactCount(),
          violations, millis);
    } finally {
      session.dispose();
    }
  }
}
