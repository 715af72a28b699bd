package org.aimsrules.core.internal;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.ClauseRef;
import org.aimsrules.core.model.ControlRef;
import org.aimsrules.core.model.EntityId;
import org.aimsrules.core.model.Evidence;
import org.aimsrules.core.model.Identity;
import org.aimsrules.core.model.Informational;
import org.aimsrules.core.model.Maximum;
import org.aimsrules.core.model.Minimum;
import org.aimsrules.core.model.ModelConstraints;
import org.aimsrules.core.model.RefersTo;
import org.aimsrules.core.model.Required;

/**
 * Reflective description of the fact-model records, read once from the record components and their
 * annotations. The validator, the schema generator and the fact collector all work from it, so the
 * three cannot disagree.
 */
public final class ModelMetadata {

  /** Scalar kinds a property can have. */
  public enum Kind { STRING, DATE, INTEGER, BOOLEAN, ENUM, RECORD }

  /**
   * One property of a record.
   *
   * @param name JSON name (the record component name)
   * @param kind kind of the value, or of each element for lists
   * @param list whether the property is a list
   * @param type the Java type of the value or element
   * @param required whether it must be present
   * @param entityId whether it is the entity id
   * @param refersTo target entity type of an id reference, {@code Object.class} for any, or null
   * @param controlRef whether values are Annex A control ids
   * @param clauseRef whether values are clause or control references
   * @param minimum inclusive minimum for integers, or null
   * @param maximum inclusive maximum for integers (every integer has one), or null for other kinds
   * @param description description for the schema
   * @param component the record component
   * @param classification its entry in the evidence map, or null when it has none (a guard test
   *     fails)
   * @param accessor the component's accessor, made accessible once: {@link RecordComponent#getAccessor}
   *     returns a fresh copy on each call, and each copy pays the access check again
   */
  public record Property(String name, Kind kind, boolean list, Class<?> type, boolean required,
      boolean entityId, Class<?> refersTo, boolean controlRef, boolean clauseRef, Long minimum,
      Long maximum, String description, RecordComponent component, Classification classification,
      Method accessor) {

    /**
     * Reads the property's value from a record.
     *
     * @param record the record
     * @return the value
     */
    public Object get(Object record) {
      try {
        return accessor.invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + name + " of " + record.getClass(), e);
      }
    }
  }

  /** The three classes of the evidence map. */
  public enum EvidenceClass {
    /** Evidence for named requirements. */
    EVIDENCE,
    /** An id, a name for a record, or a link between records. */
    IDENTITY,
    /** Needed by no requirement. */
    INFORMATIONAL
  }

  /**
   * A property's entry in the evidence map.
   *
   * @param evidenceClass its class
   * @param refs the requirements it evidences (evidence only)
   * @param need when it is needed (evidence only)
   * @param text when it is needed (evidence), or why it is of its class (the others)
   * @param alsoIn other places holding the same fact
   * @param onlyIf a condition on a sibling under which it is needed, or null
   * @param absentMeans the demanding value an absent property is read as, or null
   * @param latestOnly whether only the latest record of its kind for an AI system needs it
   * @param dueAfter when it falls due ({@code sibling+NM}), or null when at once
   */
  public record Classification(EvidenceClass evidenceClass, List<String> refs, Evidence.Need need,
      String text, List<String> alsoIn, String onlyIf, String absentMeans, boolean latestOnly,
      String dueAfter) {}

  private static final ClassValue<List<Property>> CACHE = new ClassValue<>() {
    @Override
    protected List<Property> computeValue(Class<?> type) {
      return describe(type);
    }
  };

  private static final ClassValue<Map<String, Property>> BY_NAME = new ClassValue<>() {
    @Override
    protected Map<String, Property> computeValue(Class<?> type) {
      Map<String, Property> map = new LinkedHashMap<>();
      for (Property p : properties(type)) {
        map.put(p.name(), p);
      }
      return Collections.unmodifiableMap(map);
    }
  };

  private static final ClassValue<List<String>> ENUM_NAMES = new ClassValue<>() {
    @Override
    protected List<String> computeValue(Class<?> type) {
      List<String> names = new ArrayList<>();
      for (Object c : type.getEnumConstants()) {
        names.add(((Enum<?>) c).name());
      }
      return List.copyOf(names);
    }
  };

  private ModelMetadata() {}

  /**
   * The properties of a model record by JSON name, in declaration order.
   *
   * @param recordType a model record class
   * @return properties by name
   */
  public static Map<String, Property> propertiesByName(Class<?> recordType) {
    return BY_NAME.get(recordType);
  }

  /**
   * The constant names of an enum, in declaration order.
   *
   * @param enumType an enum class
   * @return the names
   */
  public static List<String> enumNames(Class<?> enumType) {
    return ENUM_NAMES.get(enumType);
  }

  /**
   * The properties of a model record, in declaration order.
   *
   * @param recordType a model record class
   * @return its properties
   */
  public static List<Property> properties(Class<?> recordType) {
    return CACHE.get(recordType);
  }

  /**
   * Every record type reachable from {@link AimsModel}, in a stable order (depth-first, declaration
   * order).
   *
   * @return record types
   */
  public static List<Class<?>> recordTypes() {
    Set<Class<?>> seen = Collections.newSetFromMap(new LinkedHashMap<>());
    collect(AimsModel.class, seen);
    return List.copyOf(seen);
  }

  /**
   * Every enum type used by the model, in a stable order.
   *
   * @return enum types
   */
  public static List<Class<?>> enumTypes() {
    Set<Class<?>> seen = Collections.newSetFromMap(new LinkedHashMap<>());
    for (Class<?> r : recordTypes()) {
      for (Property p : properties(r)) {
        if (p.kind() == Kind.ENUM) {
          seen.add(p.type());
        }
      }
    }
    return List.copyOf(seen);
  }

  private static void collect(Class<?> type, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    for (Property p : properties(type)) {
      if (p.kind() == Kind.RECORD) {
        collect(p.type(), seen);
      }
    }
  }

  private static Classification classify(RecordComponent c, RefersTo ref) {
    Evidence e = c.getAnnotation(Evidence.class);
    Informational i = c.getAnnotation(Informational.class);
    Identity id = c.getAnnotation(Identity.class);
    int marks = (e == null ? 0 : 1) + (i == null ? 0 : 1) + (id == null ? 0 : 1);
    if (marks > 1) {
      throw new IllegalStateException(c + " has more than one evidence class");
    }
    if (e != null) {
      return new Classification(EvidenceClass.EVIDENCE, List.of(e.value()), e.need(), e.when(),
          List.of(e.alsoIn()), e.onlyIf().isEmpty() ? null : e.onlyIf(),
          e.absentMeans().isEmpty() ? null : e.absentMeans(), e.latestOnly(),
          e.dueAfter().isEmpty() ? null : e.dueAfter());
    }
    if (i != null) {
      return new Classification(EvidenceClass.INFORMATIONAL, List.of(), null, i.value(), List.of(),
          null, null, false, null);
    }
    if (id != null) {
      return new Classification(EvidenceClass.IDENTITY, List.of(), null, id.value(), List.of(), null, null, false, null);
    }
    if (c.isAnnotationPresent(EntityId.class)) {
      return new Classification(EvidenceClass.IDENTITY, List.of(), null,
          "the record's id, by which other records refer to it", List.of(), null, null, false, null);
    }
    if (ref != null) {
      return new Classification(EvidenceClass.IDENTITY, List.of(), null, "a link to "
          + (ref.value() == Object.class ? "any record" : "a " + ref.value().getSimpleName()),
          List.of(), null, null, false, null);
    }
    return null;
  }

  private static List<Property> describe(Class<?> recordType) {
    if (!recordType.isRecord()) {
      throw new IllegalArgumentException(recordType + " is not a record");
    }
    List<Property> result = new ArrayList<>();
    for (RecordComponent c : recordType.getRecordComponents()) {
      Class<?> raw = c.getType();
      boolean list = List.class.isAssignableFrom(raw);
      Class<?> type = list ? elementType(c.getGenericType()) : raw;
      Kind kind;
      if (type == String.class) {
        kind = Kind.STRING;
      } else if (type == LocalDate.class) {
        kind = Kind.DATE;
      } else if (type == Integer.class || type == int.class) {
        kind = Kind.INTEGER;
      } else if (type == Boolean.class || type == boolean.class) {
        kind = Kind.BOOLEAN;
      } else if (type.isEnum()) {
        kind = Kind.ENUM;
      } else if (type.isRecord()) {
        kind = Kind.RECORD;
      } else {
        throw new IllegalStateException("unsupported type " + type + " in " + recordType);
      }
      RefersTo ref = c.getAnnotation(RefersTo.class);
      Minimum min = c.getAnnotation(Minimum.class);
      Maximum max = c.getAnnotation(Maximum.class);
      Long maximum = kind != Kind.INTEGER ? null
          : max != null ? max.value() : ModelConstraints.INTEGER_MAXIMUM;
      Method accessor = c.getAccessor();
      JsonPropertyDescription desc = accessor.getAnnotation(JsonPropertyDescription.class);
      // Read through reflection on every evaluation: without this, every call pays an access check.
      accessor.setAccessible(true);
      result.add(new Property(c.getName(), kind, list, type, c.isAnnotationPresent(Required.class),
          c.isAnnotationPresent(EntityId.class), ref == null ? null : ref.value(),
          c.isAnnotationPresent(ControlRef.class), c.isAnnotationPresent(ClauseRef.class),
          min == null ? null : min.value(), maximum, desc == null ? null : desc.value(), c,
          classify(c, ref), accessor));
    }
    return List.copyOf(result);
  }

  private static Class<?> elementType(Type generic) {
    if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
      return c;
    }
    throw new IllegalStateException("raw or wildcard list type " + generic);
  }
}
