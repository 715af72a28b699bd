package org.aimsrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.aimsrules.core.internal.ModelMetadata.Kind;
import org.aimsrules.core.internal.ModelMetadata.Property;
import org.aimsrules.core.io.Problem;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.Impact;
import org.aimsrules.core.model.Iso42001Ids;
import org.aimsrules.core.model.ModelConstraints;
import org.aimsrules.core.model.SoaEntry;

/**
 * Validates a JSON tree against the fact model: structure, types, enum values, required properties,
 * unknown properties, dates, integer ranges, id syntax and uniqueness, references between entities,
 * Annex A control ids and clause references. It reports every problem it finds, never only the first.
 */
public final class TreeValidator {

  /** Properties whose value must be unique within the list that holds the record. */
  private static final Map<Class<?>, String> UNIQUE_KEYS =
      Map.of(SoaEntry.class, "controlId", Impact.class, "category");

  private record Declared(String pointer, Class<?> type) {}

  private record Reference(String pointer, String id, Class<?> target) {}

  /** At most this many problems are listed; one more problem says how many were left out. */
  public static final int MAX_PROBLEMS = 200;
  /** Values longer than this are abbreviated in messages. */
  static final int MAX_SHOWN = 80;
  /** Names longer than this get no "did you mean" (its cost grows with the square of the length). */
  static final int MAX_SUGGESTED_NAME = 64;

  private final List<Problem> problems = new ArrayList<>();
  private int dropped;
  private final Map<String, Declared> ids = new HashMap<>();
  private final List<Reference> references = new ArrayList<>();

  private TreeValidator() {}

  /**
   * Validates a document tree.
   *
   * @param root the parsed document
   * @return every problem found, in document order; empty when the document is valid
   */
  public static List<Problem> validate(JsonNode root) {
    TreeValidator v = new TreeValidator();
    v.record(root, AimsModel.class, "");
    if (v.problems.isEmpty() || root.isObject()) {
      v.checkReferences();
    }
    return v.result();
  }

  /**
   * Validates one record's tree on its own: structure, types, values, id syntax and uniqueness within
   * the record, but not the references it makes (they need the whole document). Used to check a
   * single changed entity; together with a check of the ids and references it shares with the rest
   * of a valid document it gives the verdict of {@link #validate} on the changed document.
   *
   * @param node the record's tree
   * @param type the record type
   * @param pointer where the record sits in the document, for the problems' pointers
   * @return the problems found in the record; empty when it is valid on its own
   */
  public static List<Problem> validateRecord(JsonNode node, Class<?> type, String pointer) {
    TreeValidator v = new TreeValidator();
    v.record(node, type, pointer);
    return v.result();
  }

  private List<Problem> result() {
    List<Problem> all = new ArrayList<>(problems);
    if (dropped > 0) {
      all.add(Problem.at("", "and " + dropped + " more problems (at most " + MAX_PROBLEMS
          + " are listed)"));
    }
    return List.copyOf(all);
  }

  private void record(JsonNode node, Class<?> type, String pointer) {
    if (!node.isObject()) {
      problem(pointer, "expected an object (" + simpleName(type) + "), found " + describe(node));
      return;
    }
    List<Property> props = ModelMetadata.properties(type);
    Map<String, Property> byName = ModelMetadata.propertiesByName(type);
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!byName.containsKey(name)) {
        problem(JsonPointers.append(pointer, name), "unknown property '" + shown(name) + "' in "
            + simpleName(type) + suggestion(name, byName.keySet()));
      }
    }
    for (Property p : props) {
      JsonNode value = node.get(p.name());
      String at = JsonPointers.append(pointer, p.name());
      if (value == null) {
        if (p.required()) {
          problem(pointer, "missing required property '" + p.name() + "' of " + simpleName(type));
        }
        continue;
      }
      if (value.isNull()) {
        problem(at, p.required() ? "required property '" + p.name() + "' must not be null"
            : "null is not allowed; leave the property out instead");
        continue;
      }
      if (p.list()) {
        if (!value.isArray()) {
          problem(at, "expected an array, found " + describe(value));
          continue;
        }
        Map<String, String> keys = new HashMap<>();
        for (int i = 0; i < value.size(); i++) {
          JsonNode element = value.get(i);
          String elementAt = at + "/" + i;
          if (element.isNull()) {
            problem(elementAt, "null is not allowed in a list");
            continue;
          }
          value(element, p, elementAt);
          uniqueKey(element, p.type(), elementAt, keys);
        }
      } else {
        value(value, p, at);
      }
    }
    if (type == AimsModel.class) {
      JsonNode version = node.get("schemaVersion");
      if (version != null && version.isTextual()
          && !ModelConstraints.SUPPORTED_SCHEMA_VERSIONS.contains(version.asText())) {
        problem("/schemaVersion", "unsupported schemaVersion '" + shown(version.asText())
            + "'; this library reads versions "
            + String.join(", ", ModelConstraints.SUPPORTED_SCHEMA_VERSIONS));
      }
    }
  }

  private void uniqueKey(JsonNode element, Class<?> type, String at, Map<String, String> keys) {
    String key = UNIQUE_KEYS.get(type);
    if (key == null || !element.isObject() || !element.path(key).isTextual()) {
      return;
    }
    String value = element.path(key).asText();
    String first = keys.putIfAbsent(value, at);
    if (first != null) {
      problem(JsonPointers.append(at, key), key + " '" + shown(String.valueOf(value)) + "' appears twice in this list (first at "
          + first + ")");
    }
  }

  private void value(JsonNode value, Property p, String at) {
    switch (p.kind()) {
      case STRING -> string(value, p, at);
      case DATE -> {
        if (!value.isTextual()) {
          problem(at, "expected a date (YYYY-MM-DD), found " + describe(value));
        } else {
          try {
            LocalDate d = LocalDate.parse(value.asText());
            if (d.isBefore(ModelConstraints.MIN_DATE) || d.isAfter(ModelConstraints.MAX_DATE)) {
              problem(at, "'" + shown(value.asText()) + "' is outside the supported range "
                  + ModelConstraints.MIN_DATE + " to " + ModelConstraints.MAX_DATE);
            }
          } catch (DateTimeParseException e) {
            problem(at, "'" + shown(value.asText()) + "' is not a valid date (YYYY-MM-DD)");
          }
        }
      }
      case INTEGER -> {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
          problem(at, "expected an integer, found " + describe(value));
        } else if (p.minimum() != null && value.asLong() < p.minimum()) {
          problem(at, "must be at least " + p.minimum() + ", found " + value.asText());
        } else if (p.maximum() != null && value.asLong() > p.maximum()) {
          problem(at, "must be at most " + p.maximum() + ", found " + value.asText());
        }
      }
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          problem(at, "expected true or false, found " + describe(value));
        }
      }
      case ENUM -> {
        List<String> allowed = ModelMetadata.enumNames(p.type());
        if (!value.isTextual()) {
          problem(at, "expected one of " + String.join(", ", allowed) + "; found " + describe(value));
        } else if (!allowed.contains(value.asText())) {
          problem(at, "unknown value '" + shown(value.asText()) + "'; allowed: " + String.join(", ", allowed));
        }
      }
      case RECORD -> record(value, p.type(), at);
      default -> throw new IllegalStateException("unhandled kind " + p.kind());
    }
  }

  private void string(JsonNode value, Property p, String at) {
    if (!value.isTextual()) {
      problem(at, "expected a string, found " + describe(value));
      return;
    }
    String text = value.asText();
    if (p.required() && text.isBlank()) {
      problem(at, "must not be blank");
      return;
    }
    if (p.entityId()) {
      if (!ModelConstraints.ID_PATTERN.matcher(text).matches()) {
        problem(at, "id '" + shown(text) + "' must start with a letter or digit and contain only letters, "
            + "digits, '.', '_', ':' or '-' (at most 128 characters)");
      }
      String owner = JsonPointers.parent(at);
      Declared first = ids.putIfAbsent(text, new Declared(owner, ownerType(p)));
      if (first != null) {
        problem(at, "duplicate id '" + shown(text) + "'; first used at " + first.pointer());
      }
    }
    if (p.refersTo() != null) {
      references.add(new Reference(at, text, p.refersTo()));
    }
    if (p.controlRef() && !Iso42001Ids.isControl(text)) {
      problem(at, "unknown Annex A control '" + shown(text) + "'; controls are " + Iso42001Ids.CONTROLS.get(0)
          + " to " + Iso42001Ids.CONTROLS.get(Iso42001Ids.CONTROLS.size() - 1)
          + " (see the catalog for the list of 38)");
    }
    if (p.clauseRef() && !Iso42001Ids.ALL_REFERENCES.contains(text)) {
      problem(at, "unknown ISO/IEC 42001 reference '" + shown(text)
          + "'; use a clause (4 to 10), a sub-clause such as 6.1.2, or an Annex A id such as A.6 or "
          + "A.6.2.8");
    }
  }

  private static Class<?> ownerType(Property idProperty) {
    return idProperty.component().getDeclaringRecord();
  }

  private void checkReferences() {
    for (Reference r : references) {
      Declared target = ids.get(r.id());
      if (r.target() == Object.class) {
        if (target == null && !Iso42001Ids.isControl(r.id())) {
          problem(r.pointer(), "refers to '" + shown(r.id())
              + "', which is neither an id in this document nor an Annex A control");
        }
      } else if (target == null) {
        problem(r.pointer(), "refers to unknown " + simpleName(r.target()) + " '" + shown(r.id()) + "'");
      } else if (target.type() != r.target()) {
        problem(r.pointer(), "refers to '" + shown(r.id()) + "', which is a " + simpleName(target.type())
            + " (at " + target.pointer() + "), not a " + simpleName(r.target()));
      }
    }
  }

  private void problem(String pointer, String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(Problem.at(pointer, message));
    } else {
      dropped++;
    }
  }

  /**
   * A value of the document as a message quotes it: as it is up to {@value #MAX_SHOWN} characters,
   * otherwise its beginning and its length, so that no message grows with the input.
   */
  static String shown(String value) {
    if (value == null || value.length() <= MAX_SHOWN) {
      return value;
    }
    return value.substring(0, MAX_SHOWN - 20) + "... (" + value.length() + " characters)";
  }

  private static String simpleName(Class<?> type) {
    return type.getSimpleName();
  }

  private static String describe(JsonNode node) {
    if (node.isTextual()) {
      String t = node.asText();
      return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "\"";
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isObject()) {
      return "an object";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String suggestion(String name, Iterable<String> known) {
    if (name.length() > MAX_SUGGESTED_NAME) {
      return "";
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = levenshtein(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best != null && bestDistance <= Math.max(3, name.length() / 3)
        ? "; did you mean '" + best + "'?" : "";
  }

  private static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
