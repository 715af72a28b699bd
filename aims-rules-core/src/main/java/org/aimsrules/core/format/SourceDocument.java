package org.aimsrules.core.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aimsrules.core.internal.JsonPointers;

/**
 * The JSON document a report was evaluated from, so that writers can give the line and column of
 * each finding's subject. Positions are computed on first use, once. Immutable once built;
 * thread-safe.
 */
public final class SourceDocument {
  private final String uri;
  private final byte[] json;
  private volatile Map<String, Position> positions;

  private SourceDocument(String uri, byte[] json) {
    this.uri = Objects.requireNonNull(uri, "uri");
    this.json = json.clone();
  }

  /**
   * A document from its bytes.
   *
   * @param uri how writers name it: a path relative to the repository or working directory, with
   *     '/' separators, e.g. {@code models/acme.json}
   * @param json the document's UTF-8 bytes, as evaluated
   * @return the document
   */
  public static SourceDocument of(String uri, byte[] json) {
    return new SourceDocument(uri, json);
  }

  /**
   * How writers name the document.
   *
   * @return its URI reference
   */
  public String uri() {
    return uri;
  }

  /**
   * Where a JSON Pointer's value starts, or, when the document holds nothing there, where its
   * nearest existing parent's value starts.
   *
   * @param pointer a JSON Pointer ({@code ""} for the whole document)
   * @return the position, empty only when the document is not JSON
   */
  public Optional<Position> locate(String pointer) {
    Map<String, Position> all = positions();
    String p = pointer;
    while (true) {
      Position at = all.get(p);
      if (at != null || p.isEmpty()) {
        return Optional.ofNullable(at);
      }
      p = JsonPointers.parent(p);
    }
  }

  private Map<String, Position> positions() {
    Map<String, Position> result = positions;
    if (result == null) {
      result = new HashMap<>();
      // Through a UTF-8 reader, so that columns count characters (UTF-16 code units), not bytes.
      try (JsonParser parser = new JsonFactory().createParser(new InputStreamReader(
          new ByteArrayInputStream(json), StandardCharsets.UTF_8))) {
        if (parser.nextToken() != null) {
          walk(parser, "", result);
        }
      } catch (IOException e) {
        // Not JSON (it could not have been evaluated then): no positions.
        result.clear();
      }
      positions = result;
    }
    return result;
  }

  private static void walk(JsonParser parser, String pointer, Map<String, Position> out)
      throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    out.put(pointer, new Position(at.getLineNr(), at.getColumnNr()));
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        walk(parser, JsonPointers.append(pointer, name), out);
      }
    } else if (token == JsonToken.START_ARRAY) {
      int i = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        walk(parser, pointer + "/" + i++, out);
      }
    }
  }

  /**
   * A place in the document.
   *
   * @param line 1-based line
   * @param column 1-based column, counted in UTF-16 code units
   */
  public record Position(int line, int column) {}
}
