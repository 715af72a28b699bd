package org.aimsrules.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.RulePack;
import org.aimsrules.core.internal.FactCollector;
import org.aimsrules.core.internal.IntervalResolver;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.rule.AsOf;
import org.aimsrules.core.rule.Derived;
import org.aimsrules.core.rule.Violation;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The rule engine restricted to a set of catalog rules: a KieBase built from the catalog's
 * precompiled executable model (the generated {@code org.drools.model.Model} classes the
 * kie-maven-plugin lists in {@code META-INF/kie/org.aimsrules/aims-rules-catalog/drools-model})
 * keeping only the named rules, with all the model's globals, queries and declared types. It
 * evaluates a model as {@code Evaluator} does (the facts of {@code FactCollector}, the evaluation
 * date, the resolved intervals and the pack's context facts, in one stateless session) and returns
 * the violations located as the report locates its findings.
 */
public final class RestrictedEngine {
  /** Where the kie-maven-plugin lists the generated model classes of the catalog. */
  public static final String MODEL_LIST = "META-INF/kie/org.aimsrules/aims-rules-catalog/drools-model";

  private final KieBase kieBase;
  private final RulePack pack = Iso42001.rulePack();
  private final Set<String> rules;
  /** Reused sessions, as {@code Evaluator} reuses them. */
  private final KieSessionsPool sessions;

  private RestrictedEngine(KieBase kieBase, Set<String> rules) {
    this.kieBase = kieBase;
    this.rules = rules;
    this.sessions = kieBase.newKieSessionsPool(0);
  }

  /**
   * The engine with the twenty rules of {@link SubsetRules} and their derivations.
   *
   * @return the engine
   */
  public static RestrictedEngine subset() {
    List<String> names = new ArrayList<>(SubsetRules.RULES);
    names.addAll(SubsetRules.DERIVATIONS);
    return of(names);
  }

  /**
   * An engine with the named rules of the catalog.
   *
   * @param ruleNames rule names (ids and derivation rules)
   * @return the engine
   * @throws IllegalArgumentException when the catalog's model lacks one of them
   */
  public static RestrictedEngine of(Collection<String> ruleNames) {
    Set<String> wanted = new HashSet<>(ruleNames);
    Set<String> found = new TreeSet<>();
    List<Model> filtered = new ArrayList<>();
    for (Model m : catalogModels()) {
      ModelImpl f = new ModelImpl(m.getName());
      for (Rule r : m.getRules()) {
        if (wanted.contains(r.getName())) {
          f.addRule(r);
          found.add(r.getName());
        }
      }
      f.withGlobals(m.getGlobals()).withQueries(m.getQueries());
      m.getTypeMetaDatas().forEach(f::addTypeMetaData);
      filtered.add(f);
    }
    Set<String> missing = new TreeSet<>(wanted);
    missing.removeAll(found);
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("the catalog's model has no rules " + missing);
    }
    return new RestrictedEngine(KieBaseBuilder.createKieBaseFromModel(filtered), Set.copyOf(found));
  }

  /**
   * The generated models of the catalog, instantiated.
   *
   * @return the models
   */
  public static List<Model> catalogModels() {
    ClassLoader loader = Iso42001.class.getClassLoader();
    List<Model> models = new ArrayList<>();
    try (InputStream in = loader.getResourceAsStream(MODEL_LIST)) {
      if (in == null) {
        throw new IllegalStateException(MODEL_LIST + " is not on the class path");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.trim();
        if (line.isEmpty() || line.startsWith("Drools-Model-Version")) {
          continue;
        }
        models.add((Model) Class.forName(line, true, loader).getDeclaredConstructor().newInstance());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate the catalog's model", e);
    }
    return models;
  }

  /**
   * The rule base.
   *
   * @return the KieBase
   */
  public KieBase kieBase() {
    return kieBase;
  }

  /**
   * The rules it holds.
   *
   * @return rule names
   */
  public Set<String> rules() {
    return rules;
  }

  /**
   * Evaluates a model.
   *
   * @param model the model
   * @param asOf evaluation date
   * @return the findings, sorted and without duplicates
   */
  public SortedSet<SubsetFinding> evaluate(AimsModel model, LocalDate asOf) {
    FactCollector collected = FactCollector.collect(model);
    List<Object> facts = new ArrayList<>(collected.facts());
    facts.add(new AsOf(asOf));
    facts.add(IntervalResolver.resolve(model, EvaluationOptions.defaults().defaultIntervals()));
    facts.addAll(pack.contextFacts(asOf));
    KieCommands commands = KieServices.get().getCommands();
    List<Command<?>> batch = List.of(
        commands.newInsertElements(facts),
        commands.newFireAllRules(),
        commands.newGetObjects(new ClassObjectFilter(Violation.class), "violations"));
    // as Evaluator does: derivations inserted plainly, once per value (see Derived)
    Set<Object> inserted = new HashSet<>();
    StatelessKieSession session = sessions.newStatelessKieSession();
    session.setGlobal(Derived.FACTS_GLOBAL, inserted);
    ExecutionResults results = session.execute(commands.newBatchExecution(batch));
    inserted.clear();
    SortedSet<SubsetFinding> out = new TreeSet<>();
    for (Object o : (Collection<?>) results.getValue("violations")) {
      Violation v = (Violation) o;
      String subject = v.pointer();
      if (subject == null) {
        subject = collected.pointerOf(v.subject());
        if (subject == null) {
          subject = "";
        }
      }
      if (v.field() != null) {
        subject = subject + "/" + v.field();
      }
      out.add(new SubsetFinding(v.ruleId(), subject, v.entityId()));
    }
    return out;
  }
}
