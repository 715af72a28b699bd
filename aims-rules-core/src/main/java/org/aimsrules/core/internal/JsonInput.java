package org.aimsrules.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.io.Problem;

/**
 * What every JSON document this library reads must be before it is parsed: UTF-8 (RFC 8259,
 * section 8.1; a UTF-8 byte order mark is tolerated), and, once parsed, free of unpaired UTF-16
 * surrogates written as escapes (&#92;ud800), which no UTF-8 text can carry.
 */
public final class JsonInput {
  /** At most this many surrogate problems are listed; the rest are counted. */
  static final int MAX_SURROGATE_PROBLEMS = 20;

  private JsonInput() {}

  /**
   * Reads a stream up to a size limit; past it, the document is rejected without reading on.
   *
   * @param in the stream, not closed
   * @param limit the largest document accepted, in bytes
   * @return the bytes
   * @throws InvalidModelException when the stream holds more than the limit
   * @throws java.io.UncheckedIOException when reading fails
   */
  public static byte[] readBounded(java.io.InputStream in, long limit) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (bytes.length > limit) {
        throw new InvalidModelException(List.of(Problem.at("", "the document is larger than the "
            + "limit of " + limit + " bytes; reading stopped there")));
      }
      return bytes;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Rejects a document that is not UTF-8, naming the encoding detected.
   *
   * @param json the document's bytes
   * @throws InvalidModelException when it is UTF-16, UTF-32 or not valid UTF-8
   */
  public static void requireUtf8(byte[] json) {
    String other = otherEncoding(json);
    if (other != null) {
      throw new InvalidModelException(List.of(Problem.at("", "the document is encoded in " + other
          + "; only UTF-8 is accepted (RFC 8259, section 8.1): convert it, e.g. with "
          + "'iconv -f " + other.replace(" with a byte order mark", "") + " -t UTF-8'")));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(json);
    try {
      decoder.decode(in);
    } catch (CharacterCodingException e) {
      throw new InvalidModelException(List.of(Problem.at("", "the document is not valid UTF-8 "
          + "(first invalid byte at offset " + firstInvalid(json) + "); only UTF-8 is accepted")));
    }
  }

  /** The encoding a document's first bytes announce, when it is not UTF-8. */
  private static String otherEncoding(byte[] b) {
    int n = b.length;
    if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
      return "UTF-32BE with a byte order mark";
    }
    if (n >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE with a byte order mark";
    }
    if (n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return "UTF-16BE with a byte order mark";
    }
    if (n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return "UTF-16LE with a byte order mark";
    }
    // Without a mark, JSON text starts with an ASCII character: its zero bytes give the encoding.
    if (n >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      return "UTF-32BE";
    }
    if (n >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE";
    }
    if (n >= 2 && b[0] == 0 && b[1] != 0) {
      return "UTF-16BE";
    }
    if (n >= 2 && b[0] != 0 && b[1] == 0) {
      return "UTF-16LE";
    }
    return null;
  }

  private static int firstInvalid(byte[] json) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(json);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(json.length + 1);
    decoder.decode(in, out, true);
    return in.position();
  }

  /**
   * What a parsed document holds that no model may, each with its JSON Pointer, found in one walk:
   * strings (values and property names) with an unpaired surrogate (at most
   * {@value #MAX_SURROGATE_PROBLEMS}, then one problem saying how many more), and the per-model
   * maxima it exceeds (AI systems, entries of each list, entities: objects with an {@code id}).
   *
   * @param root the parsed document
   * @param limits the limits
   * @return the problems, empty when there are none
   */
  public static List<Problem> check(JsonNode root, org.aimsrules.core.io.ReadLimits limits) {
    Walk w = new Walk(limits);
    JsonNode systems = root.path("aiSystems");
    if (systems.isArray() && systems.size() > limits.maxAiSystems()) {
      w.maxima.add(Problem.at("/aiSystems", "holds " + systems.size() + " AI systems; the limit is "
          + limits.maxAiSystems() + " (ReadLimits.maxAiSystems)"));
    }
    w.walk(root, "");
    List<Problem> problems = new ArrayList<>(w.surrogates);
    if (w.moreSurrogates > 0) {
      problems.add(Problem.at("", "and " + w.moreSurrogates + " more strings with unpaired surrogates"));
    }
    problems.addAll(w.maxima);
    if (w.entities > limits.maxEntities()) {
      problems.add(Problem.at("", "holds " + w.entities + " entities (records with an id); the "
          + "limit is " + limits.maxEntities() + " (ReadLimits.maxEntities)"));
    }
    return problems;
  }

  /** One walk over a parsed document. */
  private static final class Walk {
    final org.aimsrules.core.io.ReadLimits limits;
    final List<Problem> surrogates = new ArrayList<>();
    final List<Problem> maxima = new ArrayList<>();
    int moreSurrogates;
    int entities;

    Walk(org.aimsrules.core.io.ReadLimits limits) {
      this.limits = limits;
    }

    void walk(JsonNode node, String pointer) {
      if (node.isTextual()) {
        surrogate(pointer, node.textValue());
      } else if (node.isArray()) {
        if (node.size() > limits.maxListEntries() && maxima.size() < MAX_SURROGATE_PROBLEMS) {
          maxima.add(Problem.at(pointer, "holds " + node.size() + " entries; the limit is "
              + limits.maxListEntries() + " per list (ReadLimits.maxListEntries)"));
        }
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), pointer + "/" + i);
        }
      } else if (node.isObject()) {
        if (node.has("id")) {
          entities++;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (unpaired(e.getKey()) >= 0) {
            surrogate(JsonPointers.append(pointer, "?"), e.getKey());
            continue;
          }
          walk(e.getValue(), JsonPointers.append(pointer, e.getKey()));
        }
      }
    }

    private void surrogate(String pointer, String s) {
      int at = unpaired(s);
      if (at < 0) {
        return;
      }
      if (surrogates.size() < MAX_SURROGATE_PROBLEMS) {
        surrogates.add(Problem.at(pointer, String.format("holds an unpaired UTF-16 surrogate "
            + "(\\u%04x), which is not a character; UTF-8 text cannot carry it", (int) s.charAt(at))));
      } else {
        moreSurrogates++;
      }
    }
  }

  /** The index of the first unpaired surrogate, or -1. */
  static int unpaired(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
