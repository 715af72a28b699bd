package org.aimsrules.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aimsrules.core.internal.ModelMetadata.Kind;
import org.aimsrules.core.internal.ModelMetadata.Property;
import org.aimsrules.core.model.AimsFact;
import org.aimsrules.core.model.AimsModel;

/**
 * Flattens a model into facts, one per entity and singleton section, and remembers where each record
 * sits in the document so that a violation about a record can be located by JSON Pointer.
 */
public final class FactCollector {
  private final List<Object> facts = new ArrayList<>();
  private final Map<Object, String> pointers = new IdentityHashMap<>();
  // The same evidence property is present in many records: its refs are gathered once, by identity,
  // and sorted into one set when asked for.
  private final Set<List<String>> evidencedRefs = Collections.newSetFromMap(new IdentityHashMap<>());
  private Set<String> evidenced;

  private FactCollector() {}

  /**
   * Collects the facts of a model.
   *
   * @param model the model
   * @return the collector holding facts and pointers
   */
  public static FactCollector collect(AimsModel model) {
    FactCollector c = new FactCollector();
    c.walk(model, "");
    return c;
  }

  /**
   * The facts to insert, in document order.
   *
   * @return the facts
   */
  public List<Object> facts() {
    return facts;
  }

  /**
   * Where a record sits in the document.
   *
   * @param record a record of the model
   * @return its JSON Pointer, or {@code null} if it is not part of the model
   */
  public String pointerOf(Object record) {
    return pointers.get(record);
  }

  /**
   * The requirement refs for which the model holds some evidence: the refs of every evidence
   * property (in the evidence map) that is present, that is not null, not empty and not blank.
   *
   * @return the refs, sorted
   */
  public Set<String> evidenced() {
    if (evidenced == null) {
      Set<String> sorted = new TreeSet<>();
      evidencedRefs.forEach(sorted::addAll);
      evidenced = Collections.unmodifiableSet(sorted);
    }
    return evidenced;
  }

  /**
   * Whether a value counts as present evidence.
   *
   * @param value a property value
   * @return false for null, an empty list and a blank string
   */
  public static boolean present(Object value) {
    return value != null && !(value instanceof List<?> l && l.isEmpty())
        && !(value instanceof String s && s.isBlank());
  }

  private void walk(Object record, String pointer) {
    pointers.putIfAbsent(record, pointer);
    if (record instanceof AimsFact) {
      facts.add(record);
    }
    for (Property p : ModelMetadata.properties(record.getClass())) {
      ModelMetadata.Classification c = p.classification();
      if (p.kind() != Kind.RECORD) {
        if (c != null && c.evidenceClass() == ModelMetadata.EvidenceClass.EVIDENCE
            && present(p.get(record))) {
          evidencedRefs.add(c.refs());
        }
        continue;
      }
      Object value = p.get(record);
      if (value == null) {
        continue;
      }
      if (c != null && c.evidenceClass() == ModelMetadata.EvidenceClass.EVIDENCE && present(value)) {
        evidencedRefs.add(c.refs());
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
