package org.aimsrules.core.catalog;

import java.util.AbstractList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * An immutable list that also keeps its elements by key (the first element of each key), so that a
 * record holding it can answer lookups without rebuilding a map on every call.
 *
 * @param <T> element type
 */
final class IndexedList<T> extends AbstractList<T> implements RandomAccess {
  private final List<T> elements;
  private final Map<String, T> byKey;

  private IndexedList(List<T> elements, Map<String, T> byKey) {
    this.elements = elements;
    this.byKey = byKey;
  }

  /**
   * An indexed, immutable copy of a list (already indexed lists are returned as they are).
   *
   * @param list the elements
   * @param key the key of an element
   * @param <T> element type
   * @return the indexed copy
   */
  static <T> IndexedList<T> of(List<T> list, Function<T, String> key) {
    if (list instanceof IndexedList<T> indexed) {
      return indexed;
    }
    List<T> copy = List.copyOf(list);
    Map<String, T> map = new LinkedHashMap<>();
    for (T t : copy) {
      map.putIfAbsent(key.apply(t), t);
    }
    return new IndexedList<>(copy, Collections.unmodifiableMap(map));
  }

  /** The elements by key, in list order. */
  Map<String, T> byKey() {
    return byKey;
  }

  @Override
  public T get(int index) {
    return elements.get(index);
  }

  @Override
  public int size() {
    return elements.size();
  }
}
