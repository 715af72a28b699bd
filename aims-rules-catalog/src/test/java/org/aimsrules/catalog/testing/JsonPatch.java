package org.aimsrules.catalog.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A small RFC 6902 JSON Patch: the operations add, remove and replace. */
public final class JsonPatch {
  private JsonPatch() {}

  /**
   * Applies a patch to a copy of a document.
   *
   * @param document the document (not modified)
   * @param patch an array of operations
   * @return the patched copy
   */
  public static JsonNode apply(JsonNode document, JsonNode patch) {
    JsonNode result = document.deepCopy();
    if (patch == null) {
      return result;
    }
    for (JsonNode op : patch) {
      String kind = op.path("op").asText();
      String path = op.path("path").asText();
      int slash = path.lastIndexOf('/');
      if (slash < 0) {
        throw new IllegalArgumentException("bad path " + path);
      }
      JsonNode parent = path.substring(0, slash).isEmpty() ? result : result.at(path.substring(0, slash));
      String last = path.substring(slash + 1).replace("~1", "/").replace("~0", "~");
      if (parent.isMissingNode()) {
        throw new IllegalArgumentException("no parent for " + path);
      }
      switch (kind) {
        case "add" -> add(parent, last, op.get("value"), path);
        case "replace" -> {
          remove(parent, last, path);
          add(parent, last, op.get("value"), path);
        }
        case "remove" -> remove(parent, last, path);
        default -> throw new IllegalArgumentException("unsupported op " + kind);
      }
    }
    return result;
  }

  private static void add(JsonNode parent, String key, JsonNode value, String path) {
    if (parent instanceof ObjectNode o) {
      o.set(key, value.deepCopy());
    } else if (parent instanceof ArrayNode a) {
      if (key.equals("-")) {
        a.add(value.deepCopy());
      } else {
        a.insert(Integer.parseInt(key), value.deepCopy());
      }
    } else {
      throw new IllegalArgumentException("cannot add at " + path);
    }
  }

  private static void remove(JsonNode parent, String key, String path) {
    if (parent instanceof ObjectNode o) {
      if (o.remove(key) == null) {
        throw new IllegalArgumentException("nothing to remove at " + path);
      }
    } else if (parent instanceof ArrayNode a) {
      int i = Integer.parseInt(key);
      if (i >= a.size()) {
        throw new IllegalArgumentException("nothing to remove at " + path);
      }
      a.remove(i);
    } else {
      throw new IllegalArgumentException("cannot remove at " + path);
    }
  }
}
