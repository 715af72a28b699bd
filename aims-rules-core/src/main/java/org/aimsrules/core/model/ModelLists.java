package org.aimsrules.core.model;

import java.util.List;
import java.util.Objects;

/** Helpers the model records use to keep their lists immutable and never null. */
final class ModelLists {
  private ModelLists() {}

  static <T> List<T> copy(List<T> list, String component) {
    if (list == null) {
      return List.of();
    }
    for (T element : list) {
      Objects.requireNonNull(element, () -> component + " must not contain null elements");
    }
    return List.copyOf(list);
  }
}
