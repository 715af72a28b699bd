package org.aimsrules.core.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.internal.FactCollector;
import org.aimsrules.core.internal.report.ReportInput;
import org.aimsrules.core.model.SoaEntry;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Waiver;
import org.aimsrules.core.internal.IntervalResolver;
import org.aimsrules.core.internal.Json;
import org.aimsrules.core.internal.RecordValidator;
import org.aimsrules.core.internal.ReportAssembler;
import org.aimsrules.core.internal.TreeValidator;
import org.aimsrules.core.internal.Versions;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.io.Problem;
import org.aimsrules.core.io.ReadLimits;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.rule.AsOf;
import org.aimsrules.core.rule.ControlApplicability;
import org.aimsrules.core.rule.Derived;
import org.aimsrules.core.rule.RequirementNotApplicable;
import org.aimsrules.core.rule.Violation;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.drools.commands.runtime.rule.FireAllRulesCommand;

/**
 * Evaluates AIMS models against one or more rule packs. Build one per process (the rule base is built
 * once) and share it: evaluation is stateless and thread-safe, each call runs in its own session.
 *
 * <p>Several packs (a vendor's pack beside the ISO/IEC 42001 catalog) run in one rule session: their
 * KieBases must form a chain, one pack's KieBase including all the others' ({@link
 * RulePack#includes()}), and that KieBase runs; every pack's context facts are inserted and the
 * report's findings name the pack of their rule. {@link Builder#build()} refuses packs that do not
 * form a chain, a pack given without a pack it includes, ids of a pack other than ISO/IEC 42001
 * without its namespace ({@code acme:...}) and ids two packs share.
 *
 * <pre>{@code
 * Evaluator evaluator = Evaluator.builder().rulePack(Iso42001.rulePack()).build();
 * EvaluationReport report = evaluator.evaluate(model,
 *     EvaluationOptions.builder().asOf(LocalDate.of(2026, 6, 30)).build());
 * }</pre>
 */
public final class Evaluator {
  private static final String VIOLATIONS = "violations";
  private static final String APPLICABILITY = "applicability";
  private static final String NOT_APPLICABLE = "notApplicable";

  private final PackSet packs;
  private final EvaluationOptions defaults;
  private final ReportAssembler assembler;
  private final Set<String> ruleIds;
  private final ObjectMapper mapper = Json.mapper(ReadLimits.DEFAULTS);
  /**
   * Rule sessions reused from one evaluation to the next: a session handed back is reset (facts,
   * agenda, listeners, node memories) but keeps what building it cost, about a third of a small
   * model's evaluation. The pool is thread-safe and grows to the number of concurrent evaluations.
   */
  private final KieSessionsPool sessions;
  /**
   * Whether the rule base declares {@link Derived#FACTS_GLOBAL}: then an evaluation inserts what its
   * rules derive plainly, once per value, instead of under truth maintenance.
   */
  private final boolean plainDerivations;

  private Evaluator(Builder b) {
    this.packs = PackSet.of(b.packs);
    this.defaults = b.options;
    this.ruleIds = Set.copyOf(packs.catalog().rulesById().keySet());
    this.assembler = new ReportAssembler(packs.catalog(), "aims-rules " + Versions.library(),
        packs.packOfRule(), packs.catalogLabel());
    this.sessions = packs.kieBase().newKieSessionsPool(0);
    this.plainDerivations = packs.kieBase().getKiePackages().stream()
        .flatMap(p -> p.getGlobalVariables().stream())
        .anyMatch(g -> g.getName().equals(Derived.FACTS_GLOBAL));
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The catalog of the rule packs: with one pack, its catalog; with several, their rules,
   * requirements, crosswalks and group titles merged (included packs first), under the id and
   * version of the pack all others build on.
   *
   * @return the catalog
   */
  public RuleCatalog catalog() {
    return packs.catalog();
  }

  /**
   * The rule packs, included packs first.
   *
   * @return the packs
   */
  public List<RulePack> rulePacks() {
    return packs.packs();
  }

  /**
   * Evaluates a model with the evaluator's default options.
   *
   * @param model the model
   * @return the report
   * @throws InvalidModelException when the model is not valid (duplicate ids, dangling references,
   *     missing required values, ...)
   */
  public EvaluationReport evaluate(AimsModel model) {
    return evaluate(model, defaults);
  }

  /**
   * Evaluates a model.
   *
   * @param model the model
   * @param options options of this evaluation
   * @return the report
   * @throws InvalidModelException when the model is not valid (duplicate ids, dangling references,
   *     missing required values, ...)
   * @throws IllegalArgumentException when the options name rules the catalog does not have
   * @throws EvaluationTimeoutException when the evaluation runs past the options' time limit
   */
  public EvaluationReport evaluate(AimsModel model, EvaluationOptions options) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(options, "options");
    checkOptions(options);
    validate(model);
    LocalDate asOf = options.resolveAsOf();

    FactCollector collected = FactCollector.collect(model);
    List<Object> facts = new ArrayList<>(collected.facts());
    facts.add(new AsOf(asOf));
    facts.add(IntervalResolver.resolve(model, options.defaultIntervals()));
    facts.addAll(packs.contextFacts(asOf));

    KieCommands commands = KieServices.get().getCommands();
    List<Command<?>> batch = List.of(
        commands.newInsertElements(facts),
        fireAllRules(commands, options),
        commands.newGetObjects(new ClassObjectFilter(Violation.class), VIOLATIONS),
        commands.newGetObjects(new ClassObjectFilter(ControlApplicability.class), APPLICABILITY),
        commands.newGetObjects(new ClassObjectFilter(RequirementNotApplicable.class),
            NOT_APPLICABLE));
    StatelessKieSession session = sessions.newStatelessKieSession();
    Set<Object> inserted = plainDerivations ? new HashSet<>() : null;
    if (inserted != null) {
      session.setGlobal(Derived.FACTS_GLOBAL, inserted);
    }
    Deadline deadline = options.timeLimit() == null ? null : new Deadline(options.timeLimit());
    if (deadline != null) {
      session.addEventListener(deadline);
    }
    ExecutionResults results;
    try {
      results = session.execute(commands.newBatchExecution(batch));
    } finally {
      if (inserted != null) {
        // the pooled session keeps its globals until the next evaluation sets them again
        inserted.clear();
      }
    }
    if (deadline != null) {
      deadline.check();
    }

    List<SoaEntry> soa = new ArrayList<>();
    for (Object f : collected.facts()) {
      if (f instanceof SoaEntry e) {
        soa.add(e);
      }
    }
    EvaluationReport report = assembler.assemble(new ReportInput(model.organization().name(), asOf,
        options, typed(results.getValue(VIOLATIONS), Violation.class),
        typed(results.getValue(APPLICABILITY), ControlApplicability.class),
        typed(results.getValue(NOT_APPLICABLE), RequirementNotApplicable.class), soa,
        collected.evidenced(), ReportAssembler.locator(model, collected::pointerOf)));
    if (deadline != null) {
      deadline.check();
    }
    return report;
  }

  /**
   * Opens a stateful session on a model with the evaluator's default options: the model is
   * evaluated once, then each change to it is re-evaluated incrementally. See
   * {@link EvaluationSession}.
   *
   * @param model the model
   * @return the session, holding the model's report; close it when done
   * @throws InvalidModelException when the model is not valid
   */
  public EvaluationSession openSession(AimsModel model) {
    return openSession(model, defaults);
  }

  /**
   * Opens a stateful session on a model: the model is evaluated once, then each change to it is
   * re-evaluated incrementally, giving the report {@link #evaluate(AimsModel, EvaluationOptions)}
   * gives for the changed model. See {@link EvaluationSession}.
   *
   * @param model the model
   * @param options options of every evaluation in the session
   * @return the session, holding the model's report; close it when done
   * @throws InvalidModelException when the model is not valid
   * @throws IllegalArgumentException when the options name rules the catalog does not have
   * @throws EvaluationTimeoutException when the first evaluation runs past the options' time limit
   */
  public EvaluationSession openSession(AimsModel model, EvaluationOptions options) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(options, "options");
    checkOptions(options);
    validate(model);
    return new EvaluationSession(packs, assembler, options, model, this::validate, mapper);
  }

  private void validate(AimsModel model) {
    // The record walk answers "valid?" without building the JSON tree; only a model it doubts is
    // turned into a tree, whose validator is the authority on problems and their messages.
    if (RecordValidator.isValid(model)) {
      return;
    }
    JsonNode tree = mapper.valueToTree(model);
    List<Problem> problems = TreeValidator.validate(tree);
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems);
    }
  }

  private void checkOptions(EvaluationOptions options) {
    List<String> unknown = new ArrayList<>();
    options.severityOverrides().keySet().stream().filter(id -> !ruleIds.contains(id)).forEach(unknown::add);
    options.disabledRules().stream().filter(id -> !ruleIds.contains(id)).forEach(unknown::add);
    options.waivers().stream().map(Waiver::ruleId)
        .filter(id -> !ruleIds.contains(id) && !id.equals(Finding.ESCALATION_RULE_ID))
        .distinct().forEach(unknown::add);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("options name rules the catalog does not have: " + unknown);
    }
  }

  /** Fires every rule but the disabled ones, which an agenda filter keeps from firing. */
  private static Command<?> fireAllRules(KieCommands commands, EvaluationOptions options) {
    AgendaFilter filter = PackSet.skipping(options.disabledRules());
    return filter == null ? commands.newFireAllRules() : new FireAllRulesCommand(filter);
  }

  private static <T> List<T> typed(Object value, Class<T> type) {
    List<T> list = new ArrayList<>();
    if (value instanceof Collection<?> c) {
      for (Object o : c) {
        list.add(type.cast(o));
      }
    }
    return list;
  }

  /** Builder of {@link Evaluator}. */
  public static final class Builder {
    private final List<RulePack> packs = new ArrayList<>();
    private EvaluationOptions options = EvaluationOptions.defaults();

    private Builder() {}

    /**
     * Adds a rule pack. Several packs run together when one's KieBase includes all the others'
     * (see {@link RulePack#includes()}); the same pack added twice counts once.
     *
     * @param pack the rule pack
     * @return this builder
     */
    public Builder rulePack(RulePack pack) {
      packs.add(Objects.requireNonNull(pack, "pack"));
      return this;
    }

    /**
     * Adds rule packs, as {@link #rulePack(RulePack)} does for each.
     *
     * @param rulePacks the rule packs
     * @return this builder
     */
    public Builder rulePacks(Collection<? extends RulePack> rulePacks) {
      rulePacks.forEach(this::rulePack);
      return this;
    }

    /**
     * Sets the options used by {@link Evaluator#evaluate(AimsModel)}.
     *
     * @param options default options
     * @return this builder
     */
    public Builder options(EvaluationOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Builds the evaluator, loading the rule base if it is not loaded yet.
     *
     * @return the evaluator
     * @throws NullPointerException when no pack was given
     * @throws IllegalArgumentException when the packs cannot run together: a pack includes a pack
     *     not given, no pack's KieBase includes all the others', a pack other than ISO/IEC 42001
     *     has ids without its namespace, or two packs share an id
     */
    public Evaluator build() {
      return new Evaluator(this);
    }
  }
}
