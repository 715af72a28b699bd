package org.aimsrules.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aimsrules.core.internal.ModelMetadata.Kind;
import org.aimsrules.core.internal.ModelMetadata.Property;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.Impact;
import org.aimsrules.core.model.Iso42001Ids;
import org.aimsrules.core.model.ModelConstraints;
import org.aimsrules.core.model.SoaEntry;

/**
 * Checks a model built from records against the constraints that {@link TreeValidator} checks on the
 * JSON tree of the same model, without building that tree: a fast path for the evaluator, which must
 * validate every model it is given (a model built in Java never went through the reader). It only
 * answers whether the model is valid; when it is not, the caller runs {@link TreeValidator} on the
 * model's tree for the exact problems and their messages. The two must agree on validity, which
 * {@code RecordValidatorTest} checks on valid and broken models.
 */
public final class RecordValidator {
  /** Properties whose value must be unique within the list that holds the record. */
  private static final Map<Class<?>, String> UNIQUE_KEYS =
      Map.of(SoaEntry.class, "controlId", Impact.class, "category");

  private final Map<String, Class<?>> ids = new HashMap<>();
  private final List<Object[]> references = new ArrayList<>();

  private RecordValidator() {}

  /**
   * Whether one record of a model, on its own, satisfies the constraints that
   * {@link TreeValidator#validateRecord} checks on its tree: required values, formats, ranges,
   * control and clause references, unique keys in its lists, and no id declared twice within it.
   * Whether its references resolve and its ids are unique in the model is the caller's to check.
   *
   * @param record a record of the fact model
   * @return true when {@link TreeValidator#validateRecord} would find no problem in its tree
   */
  public static boolean isValidRecord(Object record) {
    return new RecordValidator().record(record);
  }

  /**
   * Whether a model satisfies every constraint of the fact model.
   *
   * @param model the model
   * @return true when {@link TreeValidator} would find no problem in the model's JSON tree
   */
  public static boolean isValid(AimsModel model) {
    RecordValidator v = new RecordValidator();
    if (!v.record(model)) {
      return false;
    }
    String version = model.schemaVersion();
    if (version != null && !ModelConstraints.SUPPORTED_SCHEMA_VERSIONS.contains(version)) {
      return false;
    }
    return v.referencesResolve();
  }

  private boolean record(Object record) {
    for (Property p : ModelMetadata.properties(record.getClass())) {
      Object value = p.get(record);
      if (value == null) {
        if (p.required()) {
          return false;
        }
        continue;
      }
      if (p.list()) {
        List<?> list = (List<?>) value;
        String key = UNIQUE_KEYS.get(p.type());
        Set<Object> keys = key == null ? null : new HashSet<>();
        for (Object element : list) {
          if (element == null || !value(element, p)) {
            return false;
          }
          if (keys != null) {
            Object k = ModelMetadata.propertiesByName(p.type()).get(key).get(element);
            if (k != null && !keys.add(k instanceof Enum<?> e ? e.name() : k)) {
              return false;
            }
          }
        }
      } else if (!value(value, p)) {
        return false;
      }
    }
    return true;
  }

  private boolean value(Object value, Property p) {
    switch (p.kind()) {
      case STRING:
        return string((String) value, p);
      case DATE: {
        LocalDate d = (LocalDate) value;
        return !d.isBefore(ModelConstraints.MIN_DATE) && !d.isAfter(ModelConstraints.MAX_DATE);
      }
      case INTEGER: {
        long n = ((Number) value).longValue();
        return (p.minimum() == null || n >= p.minimum()) && (p.maximum() == null || n <= p.maximum());
      }
      case RECORD:
        return record(value);
      default:
        return p.kind() == Kind.BOOLEAN || p.kind() == Kind.ENUM;
    }
  }

  private boolean string(String text, Property p) {
    if (p.required() && text.isBlank()) {
      return false;
    }
    if (p.entityId()) {
      if (!ModelConstraints.ID_PATTERN.matcher(text).matches()) {
        return false;
      }
      if (ids.putIfAbsent(text, p.component().getDeclaringRecord()) != null) {
        return false;
      }
    }
    if (p.refersTo() != null) {
      references.add(new Object[] {text, p.refersTo()});
    }
    if (p.controlRef() && !Iso42001Ids.isControl(text)) {
      return false;
    }
    return !p.clauseRef() || Iso42001Ids.ALL_REFERENCES.contains(text);
  }

  private boolean referencesResolve() {
    for (Object[] r : references) {
      String id = (String) r[0];
      Class<?> target = (Class<?>) r[1];
      Class<?> declared = ids.get(id);
      if (target == Object.class) {
        if (declared == null && !Iso42001Ids.isControl(id)) {
          return false;
        }
      } else if (declared != target) {
        return false;
      }
    }
    return true;
  }
}
