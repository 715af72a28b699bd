package org.aimsrules.core.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

  private void walk(Object record, String pointer) {
    pointers.putIfAbsent(record, pointer);
    if (record instanceof AimsFact) {
      facts.add(record);
    }
    for (Property p : ModelMetadata.properties(record.getClass())) {
      if (p.kind() != Kind.RECORD) {
        continue;
      }
      Object value = p.get(record);
      if (value == null) {
        continue;
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
