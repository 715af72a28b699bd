package org.aimsrules.core.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.aimsrules.core.internal.ApplicabilityIndex;
import org.aimsrules.core.internal.FactCollector;
import org.aimsrules.core.internal.report.ReportInput;
import org.aimsrules.core.model.SoaEntry;
import org.kie.api.runtime.ClassObjectFilter;
import org.aimsrules.core.internal.IntervalResolver;
import org.aimsrules.core.internal.JsonPointers;
import org.aimsrules.core.internal.ModelMetadata;
import org.aimsrules.core.internal.ModelMetadata.Classification;
import org.aimsrules.core.internal.ModelMetadata.EvidenceClass;
import org.aimsrules.core.internal.ModelMetadata.Kind;
import org.aimsrules.core.internal.ModelMetadata.Property;
import org.aimsrules.core.internal.ReportAssembler;
import org.aimsrules.core.internal.report.ReportMemo;
import org.aimsrules.core.internal.RecordValidator;
import org.aimsrules.core.internal.TreeValidator;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.model.AimsFact;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.Entity;
import org.aimsrules.core.model.Iso42001Ids;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.rule.AsOf;
import org.aimsrules.core.rule.ControlApplicability;
import org.aimsrules.core.rule.Intervals;
import org.aimsrules.core.rule.RequirementNotApplicable;
import org.aimsrules.core.rule.Violation;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A model kept in a stateful rule session, re-evaluated change by change: an editor or a service
 * that changes one record at a time gets the updated report without evaluating the whole model
 * again. Open one with {@link Evaluator#openSession(AimsModel, EvaluationOptions)}; each change
 * (add, replace or remove one entity of the model's top-level lists, or replace a singleton section)
 * returns the report of the changed model, equal to what {@link Evaluator#evaluate} gives for
 * {@link #model()}.
 *
 * <pre>{@code
 * try (EvaluationSession session = evaluator.openSession(model, options)) {
 *   EvaluationReport before = session.report();
 *   EvaluationReport after = session.replace(changedSystem);
 * }
 * }</pre>
 *
 * <p>Each record's fact is inserted once and updated or deleted when it changes; the rules derive
 * their facts with {@code insertLogical}, so what a change no longer justifies is retracted by the
 * engine. A change that would make the model invalid (a duplicate id, a dangling reference, a
 * missing required value, ...) throws {@link InvalidModelException} with the problems full
 * validation reports, and leaves the session as it was. A change is validated by checking the
 * changed record and the ids and references it shares with the rest of the model; only when that
 * check finds a problem is the whole model validated, to report exactly what {@link Evaluator}
 * would.
 *
 * <p>Not thread-safe: use a session from one thread at a time. Close it to release the rule
 * session's memory. Options (the evaluation date among them) are fixed when the session is opened;
 * a time limit in the options applies to each call, and a session whose rules ran past it cannot be
 * used any more.
 */
public final class EvaluationSession implements AutoCloseable {
  private static final List<Property> ROOT = ModelMetadata.properties(AimsModel.class);
  private static final Map<Class<?>, Property> LISTS = new HashMap<>();
  private static final Map<Class<?>, Property> SECTIONS = new HashMap<>();
  private static final Map<String, Integer> POSITION = new HashMap<>();
  private static final Constructor<AimsModel> CANONICAL;
  private static final RecordComponent[] COMPONENTS = AimsModel.class.getRecordComponents();

  static {
    RecordComponent[] components = COMPONENTS;
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      POSITION.put(components[i].getName(), i);
    }
    for (Property p : ROOT) {
      if (p.kind() != Kind.RECORD) {
        continue;
      }
      Map<Class<?>, Property> target = p.list() ? LISTS : SECTIONS;
      if (p.list() && !Entity.class.isAssignableFrom(p.type())) {
        continue;
      }
      if (target.put(p.type(), p) != null) {
        throw new IllegalStateException("two sections of the model hold " + p.type());
      }
    }
    try {
      CANONICAL = AimsModel.class.getDeclaredConstructor(types);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  private final PackSet packs;
  private final ReportAssembler assembler;
  private final EvaluationOptions options;
  private final LocalDate asOf;
  private final Consumer<AimsModel> fullValidation;
  private final ObjectMapper mapper;
  private final KieSession session;
  private final Deadline deadline;
  /** Keeps disabled rules from firing; null when none is disabled. */
  private final AgendaFilter filter;

  /** Fact handles of the model's facts, by fact (identity), with how many places hold each. */
  private final Map<Object, Held> held = new IdentityHashMap<>();
  /** Where each record of the model sits: its unit and its pointer within the unit. */
  private final Map<Object, Located> located = new IdentityHashMap<>();
  /** The units (top-level entities and singleton sections), by root record (identity). */
  private final Map<Object, Unit> units = new IdentityHashMap<>();
  /** Every id declared in the model: its type and unit. */
  private final Map<String, Declared> declared = new HashMap<>();
  /** How many references name each id. */
  private final Map<String, Integer> referenced = new HashMap<>();
  /** Top-level entities by id. */
  private final Map<String, Entity> entities = new HashMap<>();
  /** How many present evidence properties name each ref; {@link #evidenced} holds those above 0. */
  private final Map<String, Integer> evidenceCounts = new HashMap<>();
  private final Set<String> evidenced = new TreeSet<>();
  /** The violations the session holds (identity). */
  private final Map<Violation, Boolean> violations = new IdentityHashMap<>();
  /** The requirements rules found not applicable (identity). */
  private final Map<RequirementNotApplicable, Boolean> notApplicable = new IdentityHashMap<>();
  /** The control applicability the session holds. */
  private final ApplicabilityIndex applicability = new ApplicabilityIndex();
  /** Position of each entity in its list, computed when a pointer is asked for; null when stale. */
  private Map<Object, Integer> positions;
  /** Where the current model's records sit, for records held in several places; null when stale. */
  private FactCollector collected;
  /** What the earlier reports computed, reused while their inputs hold. */
  private final ReportMemo memo = new ReportMemo();

  private List<String> rootEvidence = List.of();
  private FactHandle intervalsHandle;
  private Intervals intervals;
  private AimsModel model;
  private EvaluationReport report;
  private boolean closed;
  private boolean broken;

  EvaluationSession(PackSet packs, ReportAssembler assembler, EvaluationOptions options,
      AimsModel model, Consumer<AimsModel> fullValidation, ObjectMapper mapper) {
    this.packs = packs;
    this.assembler = assembler;
    this.options = options;
    this.asOf = options.resolveAsOf();
    this.fullValidation = fullValidation;
    this.mapper = mapper;
    this.session = packs.kieBase().newKieSession();
    this.filter = PackSet.skipping(options.disabledRules());
    this.deadline = options.timeLimit() == null ? null : new Deadline(options.timeLimit());
    if (deadline != null) {
      session.addEventListener(deadline);
    }
    session.addEventListener(new Derived());
    try {
      this.model = model;
      for (Property p : ROOT) {
        if (p.kind() != Kind.RECORD) {
          continue;
        }
        Object value = p.get(model);
        if (value instanceof List<?> list) {
          for (Object e : list) {
            register(null, Unit.of(e, p));
          }
        } else if (value != null) {
          register(null, Unit.of(value, p));
        }
      }
      setRootEvidence(rootEvidence(model));
      session.insert(new AsOf(asOf));
      for (Object f : packs.contextFacts(asOf)) {
        session.insert(f);
      }
      refreshIntervals();
      this.report = fire();
    } catch (RuntimeException | Error e) {
      session.dispose();
      throw e;
    }
  }

  /**
   * The current model: the opened model with every accepted change applied.
   *
   * @return the model
   */
  public AimsModel model() {
    return model;
  }

  /**
   * The report of the current model.
   *
   * @return the report
   */
  public EvaluationReport report() {
    return report;
  }

  /**
   * Adds an entity at the end of the list of its type (an {@code AiSystem} to {@code aiSystems}, a
   * {@code Risk} to {@code risks}, ...).
   *
   * @param entity the entity; its id must not be in the model yet
   * @return the report of the changed model
   * @throws InvalidModelException when the changed model would not be valid; the session is left
   *     as it was
   * @throws IllegalArgumentException when the model has no list of entities of its type
   */
  public EvaluationReport add(Entity entity) {
    Objects.requireNonNull(entity, "entity");
    usable();
    Property list = listOf(entity.getClass());
    List<Object> values = new ArrayList<>((List<?>) list.get(model));
    values.add(entity);
    return change(list, List.copyOf(values), null, entity, false);
  }

  /**
   * Replaces the top-level entity that has the same id and type with the given one, in its place.
   *
   * @param entity the new version of the entity
   * @return the report of the changed model
   * @throws InvalidModelException when the changed model would not be valid; the session is left
   *     as it was
   * @throws IllegalArgumentException when the model has no top-level entity of that type with that
   *     id
   */
  public EvaluationReport replace(Entity entity) {
    Objects.requireNonNull(entity, "entity");
    usable();
    Property list = listOf(entity.getClass());
    Entity old = entities.get(entity.id());
    if (old == null || old.getClass() != entity.getClass()) {
      throw new IllegalArgumentException("the model has no " + entity.getClass().getSimpleName()
          + " with id '" + entity.id() + "' in its top-level list");
    }
    if (old == entity) {
      return report;
    }
    List<Object> values = new ArrayList<>((List<?>) list.get(model));
    values.set(indexOf(values, old), entity);
    return change(list, List.copyOf(values), old, entity, false);
  }

  /**
   * Removes the top-level entity with an id.
   *
   * @param id the entity's id
   * @return the report of the changed model
   * @throws InvalidModelException when the changed model would not be valid (other records refer to
   *     the entity); the session is left as it was
   * @throws IllegalArgumentException when no top-level entity has that id
   */
  public EvaluationReport remove(String id) {
    Objects.requireNonNull(id, "id");
    usable();
    Entity old = entities.get(id);
    if (old == null) {
      throw new IllegalArgumentException("the model has no top-level entity with id '" + id + "'");
    }
    Property list = listOf(old.getClass());
    List<Object> values = new ArrayList<>((List<?>) list.get(model));
    values.remove(indexOf(values, old));
    return change(list, List.copyOf(values), old, null, false);
  }

  /**
   * Replaces a singleton section of the model (the organization, the scope, the AI policy, the
   * Statement of Applicability, ...) as a whole, or removes it. The whole model is validated.
   *
   * @param type the section's record type, for instance {@code Scope.class}
   * @param section the new section, or null to remove it
   * @param <T> the section's type
   * @return the report of the changed model
   * @throws InvalidModelException when the changed model would not be valid; the session is left
   *     as it was
   * @throws IllegalArgumentException when the model has no singleton section of that type
   */
  public <T> EvaluationReport replaceSection(Class<T> type, T section) {
    Objects.requireNonNull(type, "type");
    usable();
    Property p = SECTIONS.get(type);
    if (p == null) {
      throw new IllegalArgumentException("the model has no singleton section of type "
          + type.getSimpleName());
    }
    Object old = p.get(model);
    if (old == section) {
      return report;
    }
    return change(p, section, old, section, true);
  }

  /** Releases the rule session. The session cannot be used afterwards. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      session.dispose();
    }
  }

  private void usable() {
    if (closed) {
      throw new IllegalStateException("the session is closed");
    }
    if (broken) {
      throw new IllegalStateException("the session failed in an earlier change and cannot be used");
    }
  }

  private static Property listOf(Class<?> type) {
    Property p = LISTS.get(type);
    if (p == null) {
      throw new IllegalArgumentException("the model has no top-level list of " + type.getSimpleName());
    }
    return p;
  }

  private static int indexOf(List<?> values, Object element) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == element) {
        return i;
      }
    }
    throw new IllegalStateException("entity not in its list");
  }

  /**
   * Validates and applies one change of one section of the model: {@code oldRoot} (null when added)
   * becomes {@code newRoot} (null when removed).
   */
  private EvaluationReport change(Property section, Object sectionValue, Object oldRoot,
      Object newRoot, boolean validateAll) {
    AimsModel next = with(model, section, sectionValue);
    Unit oldUnit = oldRoot == null ? null : units.get(oldRoot);
    Unit newUnit = newRoot == null ? null : Unit.of(newRoot, section);
    if (validateAll || !acceptable(oldUnit, newUnit)) {
      fullValidation.accept(next);
    }
    try {
      boolean localized = oldUnit != null && newUnit != null && !validateAll
          && section.list() && !shared(oldUnit);
      register(oldUnit, newUnit);
      if (localized && !shared(newUnit)) {
        // A replaced entity keeps its place, and no record it holds is held elsewhere: every
        // other record is where it was, so a finding about one needs no locating again.
        int at = indexOf((List<?>) sectionValue, newRoot);
        memo.changedOnlyBelow("/" + section.name() + "/" + at);
      }
      model = next;
      positions = positionsAfter(section, oldRoot, newRoot, sectionValue);
      collected = null;
      setRootEvidence(rootEvidence(next));
      refreshIntervals();
      report = fire();
      return report;
    } catch (RuntimeException | Error e) {
      broken = true;
      throw e;
    }
  }

  /** Whether a unit holds a record that the model holds in more than one place. */
  private boolean shared(Unit unit) {
    for (Object record : unit.records) {
      Located l = located.get(record);
      if (l != null && l.shared) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entities' positions after a change, without computing them again: a replaced entity takes
   * the place of the one it replaces and an added one the last place of its list; any other change
   * (a removal shifts the entities after it) drops them.
   */
  private Map<Object, Integer> positionsAfter(Property section, Object oldRoot, Object newRoot,
      Object sectionValue) {
    if (positions == null || !section.list() || newRoot == null) {
      return null;
    }
    if (oldRoot == null) {
      positions.put(newRoot, ((List<?>) sectionValue).size() - 1);
    } else {
      Integer at = positions.remove(oldRoot);
      if (at != null) {
        positions.put(newRoot, at);
      }
    }
    return positions;
  }

  /**
   * Whether the model, valid before the change, stays valid: the new record is valid on its own,
   * declares no id another record declares, refers only to ids that exist with the right type, and
   * no other record refers to an id that the change takes away. False asks for full validation.
   */
  private boolean acceptable(Unit oldUnit, Unit newUnit) {
    if (newUnit != null) {
      // The record walk answers "valid?" without building the record's JSON tree; only a record
      // it doubts is turned into a tree for the validator that evaluate would use.
      if (!RecordValidator.isValidRecord(newUnit.root)
          && !TreeValidator.validateRecord(mapper.valueToTree(newUnit.root),
              newUnit.root.getClass(), "/" + newUnit.section.name()).isEmpty()) {
        return false;
      }
      for (String id : newUnit.ids.keySet()) {
        Declared d = declared.get(id);
        if (d != null && (oldUnit == null || d.unit() != oldUnit.root)) {
          return false;
        }
      }
      for (Ref r : newUnit.refs) {
        Class<?> type = newUnit.ids.get(r.id());
        if (type == null) {
          Declared d = declared.get(r.id());
          if (d != null && (oldUnit == null || d.unit() != oldUnit.root)) {
            type = d.type();
          }
        }
        if (r.target() == Object.class) {
          if (type == null && !Iso42001Ids.isControl(r.id())) {
            return false;
          }
        } else if (type != r.target()) {
          return false;
        }
      }
    }
    if (oldUnit != null) {
      for (Map.Entry<String, Class<?>> e : oldUnit.ids.entrySet()) {
        if (newUnit != null && newUnit.ids.get(e.getKey()) == e.getValue()) {
          continue;
        }
        int own = 0;
        for (Ref r : oldUnit.refs) {
          if (r.id().equals(e.getKey())) {
            own++;
          }
        }
        if (referenced.getOrDefault(e.getKey(), 0) - own > 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Replaces a unit's facts, records, ids, references and evidence with another's. */
  private void register(Unit oldUnit, Unit newUnit) {
    if (oldUnit != null) {
      units.remove(oldUnit.root);
      for (Map.Entry<String, Class<?>> e : oldUnit.ids.entrySet()) {
        Declared d = declared.get(e.getKey());
        if (d != null && d.unit() == oldUnit.root) {
          declared.remove(e.getKey());
        }
      }
      for (Ref r : oldUnit.refs) {
        referenced.merge(r.id(), -1, (a, b) -> a + b == 0 ? null : a + b);
      }
      for (String ref : oldUnit.evidence) {
        lessEvidence(ref);
      }
      for (int i = 0; i < oldUnit.records.size(); i++) {
        Object record = oldUnit.records.get(i);
        Located l = located.get(record);
        if (l != null && --l.count == 0) {
          located.remove(record);
        }
      }
      if (oldUnit.root instanceof Entity e && oldUnit.section.list()) {
        entities.remove(e.id());
      }
    }
    if (newUnit != null) {
      units.put(newUnit.root, newUnit);
      for (Map.Entry<String, Class<?>> e : newUnit.ids.entrySet()) {
        declared.put(e.getKey(), new Declared(e.getValue(), newUnit.root));
      }
      for (Ref r : newUnit.refs) {
        referenced.merge(r.id(), 1, Integer::sum);
      }
      for (String ref : newUnit.evidence) {
        moreEvidence(ref);
      }
      for (int i = 0; i < newUnit.records.size(); i++) {
        Object record = newUnit.records.get(i);
        Located l = located.get(record);
        if (l == null) {
          located.put(record, new Located(newUnit.root, newUnit.pointers.get(i)));
        } else {
          l.count++;
          l.shared = true;
        }
      }
      if (newUnit.root instanceof Entity e && newUnit.section.list()) {
        entities.put(e.id(), e);
      }
    }
    List<Object> oldFacts = oldUnit == null ? List.of() : oldUnit.facts;
    List<Object> newFacts = newUnit == null ? List.of() : newUnit.facts;
    for (int i = 0; i < Math.max(oldFacts.size(), newFacts.size()); i++) {
      Object o = i < oldFacts.size() ? oldFacts.get(i) : null;
      Object n = i < newFacts.size() ? newFacts.get(i) : null;
      if (o == n) {
        continue;
      }
      Held h = o == null ? null : held.get(o);
      // An update keeps what the rules derived from the fact wherever the new fact derives equal
      // facts: truth maintenance keeps the first of equal logical facts, which still holds the old
      // record. That is right when the record changed (what it derives changed with it) but not
      // for an equal record in a new instance: the findings would point at a record the model no
      // longer holds. Such a record is retracted and inserted, so everything is derived afresh.
      if (n != null && h != null && h.count == 1 && o.getClass() == n.getClass()
          && !held.containsKey(n) && !o.equals(n)) {
        held.remove(o);
        held.put(n, h);
        session.update(h.handle, n);
        continue;
      }
      if (h != null && --h.count == 0) {
        held.remove(o);
        session.delete(h.handle);
      }
      if (n != null) {
        Held existing = held.get(n);
        if (existing != null) {
          existing.count++;
        } else {
          held.put(n, new Held(session.insert(n)));
        }
      }
    }
  }

  private void moreEvidence(String ref) {
    if (evidenceCounts.merge(ref, 1, Integer::sum) == 1) {
      evidenced.add(ref);
    }
  }

  private void lessEvidence(String ref) {
    Integer left = evidenceCounts.merge(ref, -1, (a, b) -> a + b == 0 ? null : a + b);
    if (left == null) {
      evidenced.remove(ref);
    }
  }

  private void setRootEvidence(List<String> refs) {
    if (refs.equals(rootEvidence)) {
      return;
    }
    refs.forEach(this::moreEvidence);
    rootEvidence.forEach(this::lessEvidence);
    rootEvidence = refs;
  }

  /** The refs of the model's own present evidence properties (a non-empty list, a section). */
  private static List<String> rootEvidence(AimsModel model) {
    List<String> refs = new ArrayList<>();
    for (Property p : ROOT) {
      Classification c = p.classification();
      if (c != null && c.evidenceClass() == EvidenceClass.EVIDENCE
          && FactCollector.present(p.get(model))) {
        refs.addAll(c.refs());
      }
    }
    return refs;
  }

  private void refreshIntervals() {
    Intervals now = IntervalResolver.resolve(model, options.defaultIntervals());
    if (intervalsHandle == null) {
      intervalsHandle = session.insert(now);
    } else if (!now.equals(intervals)) {
      session.update(intervalsHandle, now);
    }
    intervals = now;
  }

  private EvaluationReport fire() {
    if (deadline != null) {
      deadline.start();
    }
    if (filter == null) {
      session.fireAllRules();
    } else {
      session.fireAllRules(filter);
    }
    if (deadline != null) {
      deadline.check();
    }
    // The assembler reads applicability only for each control's reasons and AI systems: it gets
    // one fact per applicable control, and the index puts the full lists back.
    List<SoaEntry> soa = new ArrayList<>();
    for (Object o : session.getObjects(new ClassObjectFilter(SoaEntry.class))) {
      soa.add((SoaEntry) o);
    }
    EvaluationReport r = assembler.assemble(new ReportInput(model.organization().name(), asOf,
        options, violations.keySet(), applicability.representatives(), notApplicable.keySet(), soa,
        evidenced, ReportAssembler.locator(model, this::pointerOf)), memo);
    EvaluationReport result = new EvaluationReport(r.reportVersion(), r.generator(), r.catalog(),
        r.organization(), r.asOf(), r.summary(), r.findings(), r.requirements(),
        applicability.complete(r.controls()), r.waivers(), r.baseline());
    if (deadline != null) {
      deadline.check();
    }
    return result;
  }

  /** Keeps the derived facts the report is made of as the engine inserts and retracts them. */
  private final class Derived implements RuleRuntimeEventListener {
    @Override
    public void objectInserted(ObjectInsertedEvent event) {
      added(event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
      removed(event.getOldObject());
      added(event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
      removed(event.getOldObject());
    }

    private void added(Object o) {
      if (o instanceof Violation v) {
        violations.put(v, Boolean.TRUE);
      } else if (o instanceof ControlApplicability a) {
        applicability.added(a);
      } else if (o instanceof RequirementNotApplicable n) {
        notApplicable.put(n, Boolean.TRUE);
      }
    }

    private void removed(Object o) {
      if (o instanceof Violation v) {
        violations.remove(v);
      } else if (o instanceof ControlApplicability a) {
        applicability.removed(a);
      } else if (o instanceof RequirementNotApplicable n) {
        notApplicable.remove(n);
      }
    }
  }

  /** The pointer {@link FactCollector} gives a record of the current model. */
  private String pointerOf(Object record) {
    if (record == model) {
      return "";
    }
    Located l = located.get(record);
    if (l == null) {
      return null;
    }
    if (l.shared) {
      // The record is held in more than one place: the first in document order wins.
      if (collected == null) {
        collected = FactCollector.collect(model);
      }
      return collected.pointerOf(record);
    }
    Unit unit = units.get(l.unit);
    String at = "/" + unit.section.name();
    if (unit.section.list()) {
      if (positions == null) {
        positions = new IdentityHashMap<>();
      }
      Integer index = positions.get(unit.root);
      if (index == null) {
        List<?> list = (List<?>) unit.section.get(model);
        for (int i = 0; i < list.size(); i++) {
          positions.put(list.get(i), i);
        }
        index = positions.get(unit.root);
      }
      at = at + "/" + index;
    }
    return at + l.pointer;
  }

  private static AimsModel with(AimsModel model, Property section, Object value) {
    RecordComponent[] components = COMPONENTS;
    Object[] args = new Object[components.length];
    int position = POSITION.get(section.name());
    try {
      for (int i = 0; i < components.length; i++) {
        args[i] = i == position ? value : components[i].getAccessor().invoke(model);
      }
      return CANONICAL.newInstance(args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fact's handle and how many places of the model hold the fact. */
  private static final class Held {
    final FactHandle handle;
    int count = 1;

    Held(FactHandle handle) {
      this.handle = handle;
    }
  }

  /** A record's unit and pointer within it; shared when the model holds it in several places. */
  private static final class Located {
    final Object unit;
    final String pointer;
    int count = 1;
    boolean shared;

    Located(Object unit, String pointer) {
      this.unit = unit;
      this.pointer = pointer;
    }
  }

  private record Declared(Class<?> type, Object unit) {}

  private record Ref(String id, Class<?> target) {}

  /**
   * One top-level entity or singleton section with everything below it: its facts, records and
   * their pointers (relative to the unit), the ids it declares, the references it makes and the
   * refs of its present evidence properties. Walks the records as {@link FactCollector} does.
   */
  private static final class Unit {
    final Object root;
    final Property section;
    final List<Object> facts = new ArrayList<>();
    final List<Object> records = new ArrayList<>();
    final List<String> pointers = new ArrayList<>();
    final Map<String, Class<?>> ids = new LinkedHashMap<>();
    final List<Ref> refs = new ArrayList<>();
    final List<String> evidence = new ArrayList<>();

    private Unit(Object root, Property section) {
      this.root = root;
      this.section = section;
    }

    static Unit of(Object root, Property section) {
      Unit u = new Unit(root, section);
      u.walk(root, "");
      return u;
    }

    private void walk(Object record, String pointer) {
      records.add(record);
      pointers.add(pointer);
      if (record instanceof AimsFact) {
        facts.add(record);
      }
      for (Property p : ModelMetadata.properties(record.getClass())) {
        Classification c = p.classification();
        boolean evidences = c != null && c.evidenceClass() == EvidenceClass.EVIDENCE;
        Object value = p.get(record);
        if (p.kind() != Kind.RECORD) {
          if (p.entityId() && value instanceof String id) {
            ids.putIfAbsent(id, record.getClass());
          }
          if (p.refersTo() != null) {
            if (value instanceof String id) {
              refs.add(new Ref(id, p.refersTo()));
            } else if (value instanceof List<?> list) {
              for (Object id : list) {
                refs.add(new Ref((String) id, p.refersTo()));
              }
            }
          }
          if (evidences && FactCollector.present(value)) {
            evidence.addAll(c.refs());
          }
          continue;
        }
        if (value == null) {
          continue;
        }
        if (evidences && FactCollector.present(value)) {
          evidence.addAll(c.refs());
        }
        String at = JsonPointers.append(pointer, p.name());
        if (p.list()) {
          List<?> list = (List<?>) value;
          for (int i = 0; i < list.size(); i++) {
            walk(list.get(i), at + "/" + i);
          }
        } else {
          walk(value, at);
        }
      }
    }
  }
}
