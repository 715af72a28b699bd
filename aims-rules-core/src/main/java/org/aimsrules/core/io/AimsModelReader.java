package org.aimsrules.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.aimsrules.core.internal.Json;
import org.aimsrules.core.internal.JsonInput;
import org.aimsrules.core.internal.TreeValidator;
import org.aimsrules.core.model.AimsModel;

/**
 * Reads an AIMS model from JSON, validating it completely first. Either the whole model is read, or
 * an {@link InvalidModelException} lists every problem with its JSON Pointer: malformed JSON (with
 * line and column), wrong types, unknown enum values, missing required properties, unknown
 * properties, duplicate ids, dangling references, unknown Annex A controls, invalid dates, and input
 * beyond the {@link ReadLimits}. Nothing is coerced or dropped silently.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AimsModelReader {
  private final ReadLimits limits;
  private final ObjectMapper mapper;

  private AimsModelReader(ReadLimits limits) {
    this.limits = limits;
    this.mapper = Json.mapper(limits);
  }

  /**
   * A reader with {@link ReadLimits#DEFAULTS}.
   *
   * @return a reader
   */
  public static AimsModelReader create() {
    return new AimsModelReader(ReadLimits.DEFAULTS);
  }

  /**
   * A reader with the given limits.
   *
   * @param limits read limits
   * @return a reader
   */
  public static AimsModelReader withLimits(ReadLimits limits) {
    return new AimsModelReader(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads a model from JSON text.
   *
   * @param json the document
   * @return the model
   * @throws InvalidModelException listing every problem, when the document is not a valid model
   */
  public AimsModel read(String json) {
    Objects.requireNonNull(json, "json");
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a model from UTF-8 encoded JSON bytes.
   *
   * @param json the document
   * @return the model
   * @throws InvalidModelException listing every problem, when the document is not a valid model
   */
  public AimsModel read(byte[] json) {
    Objects.requireNonNull(json, "json");
    if (json.length > limits.maxDocumentBytes()) {
      throw tooLarge(json.length);
    }
    JsonInput.requireUtf8(json);
    return bind(parse(json));
  }

  /**
   * Reads a model from a UTF-8 encoded JSON stream; the stream is read up to the size limit and not
   * closed.
   *
   * @param in the stream
   * @return the model
   * @throws InvalidModelException listing every problem, when the document is not a valid model
   * @throws UncheckedIOException when the stream cannot be read
   */
  public AimsModel read(InputStream in) {
    // Never more than the limit plus one byte: a stream that does not end (a device, a pipe that
    // keeps writing) is cut at the limit and rejected, not read into memory.
    return read(JsonInput.readBounded(in, limits.maxDocumentBytes()));
  }

  /**
   * Reads a model from a UTF-8 encoded JSON file.
   *
   * @param file the file
   * @return the model
   * @throws InvalidModelException listing every problem, when the document is not a valid model
   * @throws UncheckedIOException when the file cannot be read
   */
  public AimsModel read(Path file) {
    try {
      if (Files.isRegularFile(file)) {
        long size = Files.size(file);
        if (size > limits.maxDocumentBytes()) {
          throw tooLarge(size);
        }
      }
      // Devices and named pipes report no size: read them through the bounded stream.
      try (InputStream in = Files.newInputStream(file)) {
        return read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Validates a document without binding it.
   *
   * @param json the document, UTF-8 encoded
   * @return every problem found; empty when the document is a valid model
   */
  public List<Problem> validate(byte[] json) {
    try {
      read(json);
      return List.of();
    } catch (InvalidModelException e) {
      return e.problems();
    }
  }

  private JsonNode parse(byte[] json) {
    try (JsonParser parser = mapper.createParser(json)) {
      try {
        JsonNode node = mapper.readTree(parser);
        if (node == null || node.isMissingNode()) {
          throw new InvalidModelException(List.of(Problem.at("", "the document is empty")));
        }
        if (parser.nextToken() != null) {
          throw syntax("malformed JSON: ", "unexpected content after the document",
              parser.currentLocation());
        }
        return node;
      } catch (StreamConstraintsException e) {
        throw syntax("input exceeds a read limit: ", e.getOriginalMessage(), location(e, parser));
      } catch (JsonProcessingException e) {
        throw syntax("malformed JSON: ", e.getOriginalMessage(), location(e, parser));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonLocation location(JsonProcessingException e, JsonParser parser) {
    JsonLocation loc = e.getLocation();
    return loc != null && loc.getLineNr() > 0 ? loc : parser.currentLocation();
  }

  private AimsModel bind(JsonNode tree) {
    List<Problem> beyond = JsonInput.check(tree, limits);
    if (!beyond.isEmpty()) {
      throw new InvalidModelException(beyond);
    }
    List<Problem> problems = TreeValidator.validate(tree);
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems);
    }
    try {
      return mapper.treeToValue(tree, AimsModel.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // The validator accepts only what binds; reaching this is a bug, reported without a trace.
      throw new InvalidModelException(List.of(Problem.at("", "cannot bind the document: "
          + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()))));
    }
  }

  private static InvalidModelException syntax(String prefix, String message, JsonLocation loc) {
    Integer line = loc == null || loc.getLineNr() < 1 ? null : loc.getLineNr();
    Integer column = loc == null || loc.getColumnNr() < 1 ? null : loc.getColumnNr();
    return new InvalidModelException(List.of(new Problem("", prefix + firstLine(message), line,
        column)));
  }

  private InvalidModelException tooLarge(long size) {
    return new InvalidModelException(List.of(Problem.at("", "the document has " + size
        + " bytes; the limit is " + limits.maxDocumentBytes())));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
