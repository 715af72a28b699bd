package org.aimsrules.core.internal;

import java.util.List;
import org.aimsrules.core.internal.ModelMetadata.Property;

/** Resolves JSON Pointers against model records, the way the reader maps the document onto them. */
public final class ModelPaths {
  private ModelPaths() {}

  /**
   * Whether a place of the model holds a value: every step of the pointer exists and the value at
   * its end is present (not null, not an empty list, not a blank string).
   *
   * @param root the model, or any record
   * @param pointer a JSON Pointer into it
   * @return whether it holds a value
   */
  public static boolean holdsValue(Object root, String pointer) {
    Object at = root;
    if (pointer.isEmpty()) {
      return true;
    }
    String[] steps = pointer.substring(1).split("/", -1);
    for (String raw : steps) {
      String step = raw.replace("~1", "/").replace("~0", "~");
      if (at instanceof List<?> list) {
        int i;
        try {
          i = Integer.parseInt(step);
        } catch (NumberFormatException e) {
          return false;
        }
        if (i < 0 || i >= list.size()) {
          return false;
        }
        at = list.get(i);
      } else if (at != null && at.getClass().isRecord()) {
        Property p = ModelMetadata.propertiesByName(at.getClass()).get(step);
        if (p == null) {
          return false;
        }
        at = p.get(at);
      } else {
        return false;
      }
    }
    return FactCollector.present(at);
  }
}
