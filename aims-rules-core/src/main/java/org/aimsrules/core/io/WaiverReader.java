package org.aimsrules.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.internal.Json;
import org.aimsrules.core.internal.JsonInput;
import org.aimsrules.core.internal.JsonPointers;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Waiver;

/**
 * Reads a waivers file: a JSON object whose {@code waivers} list holds {@link Waiver}s, as the JSON
 * Schema {@link #SCHEMA_RESOURCE} describes. Every problem is reported at once, each with its JSON
 * Pointer, and a rule id that the catalog does not have is a problem too. Thread-safe.
 */
public final class WaiverReader {
  /** Class-path resource of the waivers file's JSON Schema. */
  public static final String SCHEMA_RESOURCE = "/org/aimsrules/core/waivers-1.0.schema.json";

  private static final Pattern FINDING_ID = Pattern.compile("[0-9a-f]{16}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Set<String> PROPERTIES = Set.of("ruleId", "findingId", "entityId",
      "justification", "approvedBy", "approvedOn", "expiresOn");
  private static final Map<String, Integer> MAX_LENGTH = Map.of("ruleId", 200, "entityId", 200,
      "justification", 4000, "approvedBy", 200);

  private final RuleCatalog catalog;
  private final ObjectMapper mapper = Json.mapper(ReadLimits.DEFAULTS);

  private WaiverReader(RuleCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * A reader that checks rule ids against a catalog.
   *
   * @param catalog the catalog the waivers are for
   * @return the reader
   */
  public static WaiverReader forCatalog(RuleCatalog catalog) {
    return new WaiverReader(catalog);
  }

  /**
   * The JSON Schema of a waivers file.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = WaiverReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads waivers.
   *
   * @param json the document, UTF-8
   * @return the waivers, in document order
   * @throws InvalidModelException listing every problem with its JSON Pointer
   * @throws UncheckedIOException when reading fails
   */
  public List<Waiver> read(InputStream json) {
    JsonNode root;
    byte[] bytes = JsonInput.readBounded(json, ReadLimits.DEFAULTS.maxDocumentBytes());
    JsonInput.requireUtf8(bytes);
    try (JsonParser parser = mapper.createParser(bytes)) {
      root = mapper.readTree(parser);
      if (root != null && parser.nextToken() != null) {
        throw new InvalidModelException(List.of(new Problem("", "content after the JSON value",
            parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr())));
      }
    } catch (JsonProcessingException e) {
      throw new InvalidModelException(List.of(new Problem("", "not JSON: " + e.getOriginalMessage(),
          e.getLocation() == null ? null : e.getLocation().getLineNr(),
          e.getLocation() == null ? null : e.getLocation().getColumnNr())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Problem> problems = new ArrayList<>(root == null ? List.of()
        : JsonInput.check(root, ReadLimits.DEFAULTS));
    List<Waiver> waivers = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new InvalidModelException(List.of(Problem.at("", "a waivers file is a JSON object")));
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("waivers") && !name.equals("$schema")) {
        problems.add(Problem.at(JsonPointers.append("", name), "unknown property"));
      }
    }
    JsonNode list = root.get("waivers");
    if (list == null || !list.isArray()) {
      problems.add(Problem.at("/waivers", list == null ? "required property is missing"
          : "must be a list of waivers"));
    } else {
      for (int i = 0; i < list.size(); i++) {
        Waiver w = waiver(list.get(i), "/waivers/" + i, problems);
        if (w != null) {
          waivers.add(w);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems);
    }
    return List.copyOf(waivers);
  }

  private Waiver waiver(JsonNode node, String at, List<Problem> problems) {
    if (!node.isObject()) {
      problems.add(Problem.at(at, "a waiver is a JSON object"));
      return null;
    }
    int before = problems.size();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!PROPERTIES.contains(name)) {
        problems.add(Problem.at(JsonPointers.append(at, name), "unknown property"));
      }
    }
    String ruleId = text(node, at, "ruleId", true, problems);
    String findingId = text(node, at, "findingId", false, problems);
    String entityId = text(node, at, "entityId", false, problems);
    String justification = text(node, at, "justification", true, problems);
    String approvedBy = text(node, at, "approvedBy", true, problems);
    LocalDate approvedOn = date(node, at, "approvedOn", problems);
    LocalDate expiresOn = date(node, at, "expiresOn", problems);
    if (ruleId != null && !ruleId.equals(Finding.ESCALATION_RULE_ID)
        && catalog.rule(ruleId).isEmpty()) {
      problems.add(Problem.at(at + "/ruleId", "no rule '" + ruleId + "' in catalog "
          + catalog.id() + " " + catalog.version()));
    }
    if (findingId != null && !FINDING_ID.matcher(findingId).matches()) {
      problems.add(Problem.at(at + "/findingId", "a finding id is 16 lower-case hex digits, as the "
          + "report gives it"));
    }
    if (node.has("findingId") == node.has("entityId")) {
      problems.add(Problem.at(at, "a waiver names either a findingId or an entityId (exactly one)"));
    }
    if (approvedOn != null && expiresOn != null && expiresOn.isBefore(approvedOn)) {
      problems.add(Problem.at(at + "/expiresOn", "expires before it is approved (" + approvedOn
          + ")"));
    }
    if (problems.size() > before) {
      return null;
    }
    return new Waiver(ruleId, findingId, entityId, justification, approvedBy, approvedOn,
        expiresOn);
  }

  private static String text(JsonNode node, String at, String name, boolean required,
      List<Problem> problems) {
    JsonNode v = node.get(name);
    String where = at + "/" + name;
    if (v == null || v.isNull()) {
      if (required) {
        problems.add(Problem.at(where, "required property is missing"));
      }
      return null;
    }
    if (!v.isTextual()) {
      problems.add(Problem.at(where, "must be a string"));
      return null;
    }
    String s = v.textValue();
    if (s.isBlank()) {
      problems.add(Problem.at(where, "must not be blank"));
      return null;
    }
    Integer max = MAX_LENGTH.get(name);
    if (max != null && s.length() > max) {
      problems.add(Problem.at(where, "longer than " + max + " characters"));
      return null;
    }
    return s;
  }

  private static LocalDate date(JsonNode node, String at, String name, List<Problem> problems) {
    JsonNode v = node.get(name);
    String where = at + "/" + name;
    if (v == null || v.isNull()) {
      problems.add(Problem.at(where, "required property is missing"));
      return null;
    }
    if (!v.isTextual() || !DATE.matcher(v.textValue()).matches()) {
      problems.add(Problem.at(where, "must be a date YYYY-MM-DD"));
      return null;
    }
    try {
      return LocalDate.parse(v.textValue());
    } catch (DateTimeParseException e) {
      problems.add(Problem.at(where, "not a calendar date: " + v.textValue()));
      return null;
    }
  }
}
