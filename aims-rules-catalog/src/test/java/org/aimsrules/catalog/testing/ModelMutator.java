package org.aimsrules.catalog.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aimsrules.core.internal.ModelMetadata;
import org.aimsrules.core.internal.ModelMetadata.Kind;
import org.aimsrules.core.internal.ModelMetadata.Property;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.Iso42001Ids;

/**
 * Removes parts of a model document and repairs the references the removal left dangling (a list
 * loses the id; an optional reference is dropped; an entity whose required reference dangles is
 * removed in turn), so that the result is again a valid model.
 */
public final class ModelMutator {
  private ModelMutator() {}

  /** A place in the document that may be removed: an optional property or a list element. */
  /**
   * Every optional property and every list element of the document, in document order.
   *
   * @param doc a model document
   * @return removable places
   */
  public static List<String> removablePointers(JsonNode doc) {
    List<String> result = new ArrayList<>();
    collect(doc, AimsModel.class, "", result);
    return result;
  }

  private static void collect(JsonNode node, Class<?> type, String at, List<String> out) {
    for (Property p : ModelMetadata.properties(type)) {
      JsonNode v = node.get(p.name());
      if (v == null) {
        continue;
      }
      String ptr = at + "/" + p.name();
      if (!p.required()) {
        out.add(ptr);
      }
      if (p.list()) {
        for (int i = 0; i < v.size(); i++) {
          out.add(ptr + "/" + i);
          if (p.kind() == Kind.RECORD) {
            collect(v.get(i), p.type(), ptr + "/" + i, out);
          }
        }
      } else if (p.kind() == Kind.RECORD) {
        collect(v, p.type(), ptr, out);
      }
    }
  }

  /**
   * Removes the value at a pointer, then repairs references.
   *
   * @param doc the document (not modified)
   * @param pointer what to remove
   * @return a repaired copy, or {@code null} when nothing is at the pointer
   */
  public static JsonNode remove(JsonNode doc, String pointer) {
    JsonNode copy = doc.deepCopy();
    if (!removeAt(copy, pointer)) {
      return null;
    }
    repair(copy);
    return copy;
  }

  private static boolean removeAt(JsonNode doc, String pointer) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = slash == 0 ? doc : doc.at(pointer.substring(0, slash));
    String key = pointer.substring(slash + 1);
    if (parent instanceof ObjectNode o) {
      return o.remove(key) != null;
    }
    if (parent instanceof ArrayNode a) {
      int i = Integer.parseInt(key);
      if (i < a.size()) {
        a.remove(i);
        return true;
      }
    }
    return false;
  }

  /**
   * Repairs dangling references until none is left.
   *
   * @param doc the document, modified in place
   */
  public static void repair(JsonNode doc) {
    for (int round = 0; round < 50; round++) {
      Set<String> ids = new HashSet<>();
      ids(doc, AimsModel.class, ids);
      List<String> entitiesToRemove = new ArrayList<>();
      boolean changed = fix(doc, AimsModel.class, "", ids, null, entitiesToRemove);
      if (!entitiesToRemove.isEmpty()) {
        // remove deepest/last first so that indexes stay valid
        entitiesToRemove.sort(ModelMutator::comparePointers);
        java.util.Collections.reverse(entitiesToRemove);
        for (String p : entitiesToRemove) {
          removeAt(doc, p);
        }
        changed = true;
      }
      if (!changed) {
        return;
      }
    }
    throw new IllegalStateException("reference repair did not converge");
  }

  private static void ids(JsonNode node, Class<?> type, Set<String> out) {
    for (Property p : ModelMetadata.properties(type)) {
      JsonNode v = node.get(p.name());
      if (v == null) {
        continue;
      }
      if (p.entityId() && v.isTextual()) {
        out.add(v.asText());
      }
      if (p.kind() == Kind.RECORD) {
        if (p.list()) {
          v.forEach(e -> ids(e, p.type(), out));
        } else {
          ids(v, p.type(), out);
        }
      }
    }
  }

  private static boolean fix(JsonNode node, Class<?> type, String at, Set<String> ids,
      String owningEntity, List<String> entitiesToRemove) {
    boolean changed = false;
    boolean isEntity = ModelMetadata.properties(type).stream().anyMatch(Property::entityId);
    String owner = isEntity ? at : owningEntity;
    for (Property p : ModelMetadata.properties(type)) {
      JsonNode v = node.get(p.name());
      if (v == null) {
        continue;
      }
      if (p.refersTo() != null) {
        if (p.list()) {
          ArrayNode a = (ArrayNode) v;
          for (int i = a.size() - 1; i >= 0; i--) {
            if (dangling(a.get(i).asText(), p, ids)) {
              a.remove(i);
              changed = true;
            }
          }
        } else if (dangling(v.asText(), p, ids)) {
          if (p.required()) {
            if (owner != null && !entitiesToRemove.contains(owner)) {
              entitiesToRemove.add(owner);
            }
          } else {
            ((ObjectNode) node).remove(p.name());
            changed = true;
          }
        }
      }
      if (p.kind() == Kind.RECORD) {
        if (p.list()) {
          for (int i = 0; i < v.size(); i++) {
            changed |= fix(v.get(i), p.type(), at + "/" + p.name() + "/" + i, ids, owner, entitiesToRemove);
          }
        } else {
          changed |= fix(v, p.type(), at + "/" + p.name(), ids, owner, entitiesToRemove);
        }
      }
    }
    return changed;
  }

  private static int comparePointers(String a, String b) {
    String[] pa = a.split("/");
    String[] pb = b.split("/");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      boolean na = !pa[i].isEmpty() && pa[i].chars().allMatch(Character::isDigit);
      boolean nb = !pb[i].isEmpty() && pb[i].chars().allMatch(Character::isDigit);
      int c = na && nb ? Integer.compare(Integer.parseInt(pa[i]), Integer.parseInt(pb[i]))
          : pa[i].compareTo(pb[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.length, pb.length);
  }

  private static boolean dangling(String id, Property p, Set<String> ids) {
    if (ids.contains(id)) {
      return false;
    }
    return !(p.refersTo() == Object.class && Iso42001Ids.isControl(id));
  }
}
