package org.aimsrules.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.aimsrules.core.internal.ModelMetadata.EvidenceClass;
import org.aimsrules.core.internal.ModelMetadata.Property;
import org.aimsrules.core.model.Entity;

/**
 * Where a finding is, independent of list positions: the id of the nearest entity on the way to
 * the subject (empty for the document itself), {@code #}, and the property path inside that entity
 * in which every list element is named by its key instead of its index.
 *
 * <p>A list element's key is: the id of an entity (which then starts the path afresh); the value of
 * a string, enum, number or date; for any other record, the values of its {@code @Identity}
 * components when no sibling shares them, else a digest of its content. Keys escape {@code ~},
 * {@code /} and {@code ]} as {@code ~0}, {@code ~1} and {@code ~2}; an element whose key n earlier
 * siblings share gets {@code ~~n} after it (identical elements are interchangeable, so the set of
 * keys does not depend on their order).
 *
 * <p>Examples: {@code role-ceo#/communicatedOn}, {@code ia-1#/impacts[PRIVACY]/rationale},
 * {@code sys-a#/dataResourceIds[dr-1]}, {@code #/aiPolicy}.
 */
public final class StableIdentity {
  private StableIdentity() {}

  /**
   * The stable identity of a JSON Pointer into a model.
   *
   * @param root the model
   * @param pointer a JSON Pointer into it; steps beyond what the model holds are kept as they are
   * @return the identity
   */
  public static String of(Object root, String pointer) {
    String entity = root instanceof Entity e && e.id() != null ? e.id() : "";
    StringBuilder path = new StringBuilder();
    if (pointer.isEmpty()) {
      return entity + "#";
    }
    Object at = root;
    for (String raw : pointer.substring(1).split("/", -1)) {
      String step = raw.replace("~1", "/").replace("~0", "~");
      Object next = null;
      if (at instanceof List<?> list) {
        int i = index(step, list.size());
        if (i < 0) {
          path.append('/').append(raw);
        } else {
          next = list.get(i);
          if (next instanceof Entity e && e.id() != null) {
            entity = e.id();
            path.setLength(0);
          } else {
            path.append('[').append(key(list, i)).append(']');
          }
        }
      } else {
        path.append('/').append(raw);
        if (at != null && at.getClass().isRecord()) {
          Property p = ModelMetadata.propertiesByName(at.getClass()).get(step);
          next = p == null ? null : p.get(at);
        }
      }
      at = next;
    }
    return entity + "#" + path;
  }

  private static int index(String step, int size) {
    if (step.isEmpty() || step.length() > 9 || !step.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    int i = Integer.parseInt(step);
    return i < size ? i : -1;
  }

  /** The key of the i-th element of a list, unique among its siblings. */
  private static String key(List<?> list, int i) {
    Object element = list.get(i);
    if (element == null) {
      return occurrence(list, i, "null", String::valueOf);
    }
    if (!element.getClass().isRecord()) {
      return occurrence(list, i, String.valueOf(element), String::valueOf);
    }
    List<Property> identity = new ArrayList<>();
    for (Property p : ModelMetadata.properties(element.getClass())) {
      if (p.classification() != null && p.classification().evidenceClass() == EvidenceClass.IDENTITY
          && !p.list() && p.kind() != ModelMetadata.Kind.RECORD) {
        identity.add(p);
      }
    }
    if (!identity.isEmpty()) {
      String own = identityOf(element, identity);
      boolean unique = own != null;
      for (int j = 0; unique && j < list.size(); j++) {
        unique = j == i || !own.equals(identityOf(list.get(j), identity));
      }
      if (unique) {
        return escape(own);
      }
    }
    return occurrence(list, i, "#" + digest(element.toString()), o -> "#" + digest(String.valueOf(o)));
  }

  /** The values of the identity properties, or null when one is absent. */
  private static String identityOf(Object record, List<Property> identity) {
    if (record == null || record.getClass() != identity.get(0).component().getDeclaringRecord()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (Property p : identity) {
      Object v = p.get(record);
      if (v == null) {
        return null;
      }
      values.add(String.valueOf(v));
    }
    return String.join(",", values);
  }

  /** A key, escaped, with {@code ~~n} when n earlier siblings have the same key. */
  private static String occurrence(List<?> list, int i, String key,
      java.util.function.Function<Object, String> keyOf) {
    int earlier = 0;
    for (int j = 0; j < i; j++) {
      if (Objects.equals(list.get(j), list.get(i)) || key.equals(keyOf.apply(list.get(j)))) {
        earlier++;
      }
    }
    return earlier == 0 ? escape(key) : escape(key) + "~~" + earlier;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1").replace("]", "~2");
  }

  private static String digest(String content) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
