package org.aimsrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.AimsSchema;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.report.ControlResult;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.examples.cli.Samples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Fail closed: deletes every property of every bundled sample in turn (the paths come from the
 * published schema) and checks what the evaluation makes of it.
 *
 * <p>Every deletion must end in one of: the reader rejects the model; a new finding names a
 * requirement that the deleted property evidences (per the evidence map, the schema keyword
 * {@code x-aims-evidence}), or such a finding already stands on the record that held it; the
 * property is read as its demanding value when absent ({@code absentMeans}: the evaluation must then
 * equal the one with that value stated); the property is identity or informational; or it is
 * evidence that is not needed here (its need, {@code onlyIf}, {@code latestOnly} or the scope says
 * so, or its record is dated after the evaluation date), or that another place of the model still
 * holds ({@code alsoIn}), in which case that place is emptied too and a finding must then appear.
 * And no deletion may remove a finding about anything outside the deleted subtree, or turn a
 * NONCONFORMING requirement or control into CONFORMING.
 *
 * <p>The outcome of every deletion is written to {@code target/deletion-property-<sample>.tsv}.
 * Fail-open deletions, silent deletions of needed evidence and informational properties whose
 * deletion raises findings must not exceed the ceilings in {@code deletion-ceilings.properties},
 * which record what remains to be done (the goal is zero).
 */
class DeletionPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final Evaluator EVALUATOR = Iso42001.evaluator();
  private static final EvaluationOptions OPTIONS = EvaluationOptions.builder().asOf(AS_OF)
      .systemicFindings(false).escalationThreshold(0).build();
  /** The samples, narrowed by the regex in {@code -Daims.deletion.samples} when it is set. */
  static final List<String> NAMES = Samples.NAMES.stream()
      .filter(n -> n.matches(System.getProperty("aims.deletion.samples", ".*"))).toList();

  /** How one deletion ended. */
  enum Outcome {
    REJECTED, RAISED,
    /** A finding on the record that held it already names a requirement it evidences. */
    ALREADY_REPORTED,
    /** Absent, it is read as its demanding value ({@code absentMeans}): verified by substitution. */
    READ_AS_DEMANDING,
    IDENTITY, INFORMATIONAL, NOT_NEEDED, HELD_ELSEWHERE, SILENT_EVIDENCE, FAIL_OPEN,
    /** An informational property whose deletion raises findings: the map is wrong about it. */
    MISCLASSIFIED
  }

  record Site(String pointer, String type, String property, JsonNode evidence, boolean container) {}

  record Result(Site site, Outcome outcome, String detail) {}

  @ParameterizedTest
  @FieldSource("NAMES")
  void noDeletionIsSilentAboutNeededEvidenceOrOpensAFinding(String name) throws IOException {
    JsonNode schema = MAPPER.readTree(AimsSchema.json());
    JsonNode doc;
    try (InputStream in = Samples.open(name)) {
      doc = MAPPER.readTree(in);
    }
    EvaluationReport base = evaluate(doc);
    List<Site> sites = new ArrayList<>();
    walk(schema, schema.get("$ref").asText(), doc, "", sites);
    List<Result> results = sites.parallelStream().map(s -> delete(doc, base, s)).toList();

    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    StringBuilder table = new StringBuilder();
    for (Result r : results) {
      counts.merge(r.outcome(), 1, Integer::sum);
      table.append(r.site().type()).append('.').append(r.site().property()).append('\t')
          .append(r.site().pointer()).append('\t').append(r.site().container() ? "object" : "scalar")
          .append('\t').append(r.outcome()).append('\t').append(r.detail()).append('\n');
    }
    table.append("# ").append(sites.size()).append(" deletions: ").append(counts).append('\n');
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/deletion-property-" + name + ".tsv"), table.toString(),
        StandardCharsets.UTF_8);

    // Issue 15 asks for zero of each. Until the remaining evidence rules exist, the counts may not
    // grow beyond the ceilings recorded in deletion-ceilings.properties (lower them as they fall);
    // the per-deletion table in target/ names every remaining case.
    Properties ceilings = new Properties();
    try (InputStream in = DeletionPropertyTest.class.getResourceAsStream("/deletion-ceilings.properties")) {
      ceilings.load(in);
    }
    for (Outcome o : List.of(Outcome.FAIL_OPEN, Outcome.SILENT_EVIDENCE, Outcome.MISCLASSIFIED)) {
      int ceiling = Integer.parseInt(ceilings.getProperty(name + "." + o, "0"));
      assertThat(results).as("%s: %s deletions (at most %d; see target/deletion-property-%s.tsv)",
              name, o, ceiling, name)
          .filteredOn(r -> r.outcome() == o).hasSizeLessThanOrEqualTo(ceiling);
    }
  }

  static EvaluationReport evaluate(JsonNode doc) {
    return EVALUATOR.evaluate(AimsModelReader.create().read(doc.toString()), OPTIONS);
  }

  static Result delete(JsonNode doc, EvaluationReport base, Site s) {
    JsonNode copy = doc.deepCopy();
    remove(copy, s.pointer());
    EvaluationReport after;
    try {
      after = evaluate(copy);
    } catch (InvalidModelException e) {
      return new Result(s, Outcome.REJECTED, "");
    }
    String open = opened(base, after, s.pointer());
    if (open != null) {
      return new Result(s, Outcome.FAIL_OPEN, open);
    }
    JsonNode ev = s.evidence();
    if (ev == null) {
      return new Result(s, Outcome.SILENT_EVIDENCE, "not in the evidence map");
    }
    String cls = ev.path("class").asText();
    List<String> refs = new ArrayList<>();
    ev.path("evidences").forEach(r -> refs.add(r.asText()));
    List<Finding> added = added(base, after);
    if (!refs.isEmpty() && added.stream().anyMatch(f -> names(f, refs))) {
      return new Result(s, Outcome.RAISED, ids(added));
    }
    String holder = s.pointer().substring(0, s.pointer().lastIndexOf('/'));
    // The record that held it (for a top-level section: the section itself) already carries a
    // finding on a requirement it evidences.
    String reportedAt = holder.isEmpty() ? s.pointer() : holder;
    List<Finding> standing = after.findings().stream()
        .filter(f -> under(f.subject(), reportedAt) && names(f, refs)).toList();
    if (!refs.isEmpty() && !standing.isEmpty()) {
      return new Result(s, Outcome.ALREADY_REPORTED, ids(standing));
    }
    // A deleted link whose target records already carry a finding on a requirement it evidences.
    List<String> targets = s.property().endsWith("Id") || s.property().endsWith("Ids")
        ? linkedRecords(doc, doc.at(s.pointer())) : List.of();
    List<Finding> onTargets = after.findings().stream()
        .filter(f -> targets.stream().anyMatch(t -> under(f.subject(), t)) && names(f, refs)).toList();
    if (!refs.isEmpty() && !onTargets.isEmpty()) {
      return new Result(s, Outcome.ALREADY_REPORTED, ids(onTargets));
    }
    if (cls.equals("identity")) {
      return new Result(s, Outcome.IDENTITY, ids(added));
    }
    if (cls.equals("informational")) {
      return new Result(s, added.isEmpty() ? Outcome.INFORMATIONAL : Outcome.MISCLASSIFIED,
          ids(added));
    }
    String absentMeans = ev.path("absentMeans").asText("");
    if (!absentMeans.isEmpty()) {
      JsonNode stated = doc.deepCopy();
      ((ObjectNode) stated.at(holder)).set(s.property(), literal(absentMeans));
      Set<String> expected = evaluate(stated).findings().stream().map(Finding::id)
          .collect(Collectors.toSet());
      Set<String> got = after.findings().stream().map(Finding::id).collect(Collectors.toSet());
      if (expected.equals(got)) {
        return new Result(s, Outcome.READ_AS_DEMANDING, "absent reads as " + absentMeans);
      }
      return new Result(s, Outcome.SILENT_EVIDENCE, "absent is not read as " + absentMeans
          + ": stating it differs in " + symmetricDifference(expected, got));
    }
    String notNeeded = notNeeded(doc, base, s, refs);
    if (notNeeded != null) {
      return new Result(s, Outcome.NOT_NEEDED, notNeeded);
    }
    List<String> elsewhere = new ArrayList<>();
    ev.path("alsoIn").forEach(p -> elsewhere.add(p.asText()));
    if (!elsewhere.isEmpty() && emptyPlaces(doc, copy, elsewhere)) {
      try {
        EvaluationReport without = evaluate(copy);
        if (added(base, without).stream().anyMatch(f -> names(f, refs))) {
          return new Result(s, Outcome.HELD_ELSEWHERE, "also in " + elsewhere);
        }
      } catch (InvalidModelException e) {
        return new Result(s, Outcome.HELD_ELSEWHERE, "also in " + elsewhere + " (rejected without)");
      }
      return new Result(s, Outcome.SILENT_EVIDENCE,
          "evidence for " + refs + ", silent even without " + elsewhere);
    }
    return new Result(s, Outcome.SILENT_EVIDENCE, "evidence for " + refs
        + (added.isEmpty() ? "" : "; raised only " + ids(added)));
  }

  /** The pointers of the records (items of top-level lists) whose ids the value names. */
  static List<String> linkedRecords(JsonNode doc, JsonNode value) {
    Set<String> ids = new java.util.HashSet<>();
    if (value.isTextual()) {
      ids.add(value.asText());
    } else if (value.isArray()) {
      value.forEach(v -> ids.add(v.asText()));
    }
    List<String> out = new ArrayList<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (Map.Entry<String, JsonNode> list : iterable(doc)) {
      if (list.getValue().isArray()) {
        for (int i = 0; i < list.getValue().size(); i++) {
          if (ids.contains(list.getValue().get(i).path("id").asText(null))) {
            out.add("/" + list.getKey() + "/" + i);
          }
        }
      }
    }
    return out;
  }

  static JsonNode literal(String value) {
    if (value.equals("true") || value.equals("false") || value.matches("-?[0-9]+")
        || value.equals("[]")) {
      try {
        return MAPPER.readTree(value);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return MAPPER.getNodeFactory().textNode(value);
  }

  static Set<String> symmetricDifference(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.TreeSet<>(a);
    out.addAll(b);
    Set<String> both = new java.util.HashSet<>(a);
    both.retainAll(b);
    out.removeAll(both);
    return out;
  }

  /** Why the evidence is not needed at this place of this sample, or null when it is. */
  static String notNeeded(JsonNode doc, EvaluationReport base, Site s, List<String> refs) {
    String holderPointer = s.pointer().substring(0, s.pointer().lastIndexOf('/'));
    JsonNode holder = doc.at(holderPointer);
    String system = owningSystem(doc, s.pointer());
    if (system != null && excluded(doc, system)) {
      return "AI system " + system + " is excluded from the scope";
    }
    String future = recordAfterEvaluationDate(doc, s.pointer());
    if (future != null) {
      return future;
    }
    if (s.evidence().path("latestOnly").asBoolean(false)) {
      String superseded = superseded(doc, s.pointer());
      if (superseded != null) {
        return superseded;
      }
    }
    String onlyIf = s.evidence().path("onlyIf").asText("");
    if (!onlyIf.isEmpty() && !onlyIf.contains("=")) {
      JsonNode v = onlyIf.startsWith("/") ? doc.at(onlyIf) : holder.path(onlyIf);
      if (v.isMissingNode() || v.isNull() || v.isContainerNode() && v.isEmpty()) {
        return "only needed if " + onlyIf + " holds something";
      }
    } else if (!onlyIf.isEmpty()) {
      boolean negated = onlyIf.contains("!=");
      String[] kv = onlyIf.split("!?=", 2);
      JsonNode v = holder.path(kv[0]);
      boolean equal = !v.isMissingNode() && v.asText().equals(kv[1]);
      if (equal == negated) {
        return "only needed if " + onlyIf;
      }
    }
    String dueAfter = s.evidence().path("dueAfter").asText("");
    if (!dueAfter.isEmpty()) {
      String[] due = dueAfter.split("\\+");
      JsonNode from = holder.path(due[0]);
      if (from.isTextual() && !LocalDate.parse(from.asText())
          .plusMonths(Integer.parseInt(due[1].replace("M", ""))).isBefore(AS_OF)) {
        return "not due before " + due[0] + " + " + due[1];
      }
    }
    if (!s.evidence().path("need").asText().equals("APPLICABLE")) {
      return null;
    }
    String first = refs.get(0);
    if (first.startsWith("A.")) {
      ControlResult c = base.control(first).orElse(null);
      if (c == null || !c.applicable()) {
        return first + " does not apply";
      }
      if (system != null && !c.aiSystemIds().isEmpty() && !c.aiSystemIds().contains(system)) {
        return first + " does not apply to " + system;
      }
      return null;
    }
    RequirementResult r = base.requirement(first).orElse(null);
    if (r != null && r.status() == RequirementStatus.NOT_APPLICABLE) {
      return first + " is not applicable";
    }
    return null;
  }

  /**
   * Whether the deleted property belongs to a record of events after the evaluation date (some
   * samples carry records for a later evaluation): a list item whose dates of things done
   * ({@code ...On}) are all after {@link #AS_OF}. Such a record does not exist yet at the evaluation
   * date, so nothing needs its evidence. Returns why, or null.
   */
  static String recordAfterEvaluationDate(JsonNode doc, String pointer) {
    String[] parts = pointer.substring(1).split("/");
    String at = "";
    String found = null;
    for (int i = 0; i < parts.length - 1; i++) {
      at += "/" + parts[i];
      if (!parts[i].matches("[0-9]+")) {
        continue;
      }
      List<LocalDate> dates = new ArrayList<>();
      for (Map.Entry<String, JsonNode> f : iterable(doc.at(at))) {
        if (f.getKey().endsWith("On") && f.getValue().isTextual()
            && f.getValue().asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
          dates.add(LocalDate.parse(f.getValue().asText()));
        }
      }
      if (!dates.isEmpty() && dates.stream().allMatch(d -> d.isAfter(AS_OF))) {
        found = "the record at " + at + " is dated after the evaluation date";
      }
    }
    return found;
  }

  /**
   * Whether the deleted property belongs to a record that a later one of the same list supersedes:
   * the nearest list item with an {@code aiSystemId}, when another item of that list names the same
   * AI system and was performed later ({@code performedOn}). Returns why, or null.
   */
  static String superseded(JsonNode doc, String pointer) {
    String[] parts = pointer.substring(1).split("/");
    String at = "";
    String record = null;
    String list = null;
    for (int i = 0; i < parts.length - 1; i++) {
      String parent = at;
      at += "/" + parts[i];
      if (parts[i].matches("[0-9]+") && doc.at(at).has("aiSystemId")) {
        record = at;
        list = parent;
      }
    }
    if (record == null) {
      return null;
    }
    JsonNode item = doc.at(record);
    String on = item.path("performedOn").asText("");
    for (JsonNode other : doc.at(list)) {
      if (other != item && other.path("aiSystemId").asText().equals(item.path("aiSystemId").asText())
          && !on.isEmpty() && other.path("performedOn").asText("").compareTo(on) > 0) {
        return "the record at " + record + " is superseded by " + other.path("id").asText();
      }
    }
    return null;
  }

  static String owningSystem(JsonNode doc, String pointer) {
    if (!pointer.startsWith("/aiSystems/")) {
      return null;
    }
    String[] parts = pointer.split("/");
    if (parts.length < 4) {
      return null;
    }
    return doc.at("/aiSystems/" + parts[2] + "/id").asText(null);
  }

  static boolean excluded(JsonNode doc, String system) {
    for (JsonNode e : doc.at("/scope/exclusions")) {
      for (JsonNode id : e.path("aiSystemIds")) {
        if (id.asText().equals(system) && !e.path("justification").asText("").isBlank()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Empties the other places that hold the same fact in {@code copy}; returns whether any of them
   * held something in {@code doc}. A document type is emptied by making its documents obsolete.
   */
  static boolean emptyPlaces(JsonNode doc, JsonNode copy, List<String> places) {
    boolean held = false;
    for (String place : places) {
      java.util.regex.Matcher m = SELECTOR.matcher(place);
      if (m.matches()) {
        held |= emptySelected(copy, m.group(1), m.group(2), m.group(3));
        continue;
      }
      for (String p : expand(copy, place)) {
        if (!copy.at(p).isMissingNode()) {
          held = true;
          remove(copy, p);
        }
      }
    }
    return held;
  }

  private static final java.util.regex.Pattern SELECTOR =
      java.util.regex.Pattern.compile("/([A-Za-z]+)\\[([A-Za-z]+)=([A-Z_]+)\\]");

  /**
   * Empties the items of a top-level list selected by {@code [prop=VALUE]}: documents of that type
   * become obsolete; elsewhere the value is taken out of the item's property (or list property).
   */
  static boolean emptySelected(JsonNode copy, String list, String prop, String value) {
    boolean held = false;
    for (JsonNode item : copy.path(list)) {
      if (list.equals("documents") && prop.equals("type")) {
        boolean ofType = item.path("type").asText().equals(value);
        for (JsonNode t : item.path("additionalTypes")) {
          ofType |= t.asText().equals(value);
        }
        if (ofType && !item.path("status").asText().equals("OBSOLETE")) {
          ((ObjectNode) item).put("status", "OBSOLETE");
          held = true;
        }
        continue;
      }
      JsonNode v = item.path(prop);
      if (v instanceof ArrayNode a) {
        for (int i = a.size() - 1; i >= 0; i--) {
          if (a.get(i).asText().equals(value)) {
            a.remove(i);
            held = true;
          }
        }
      } else if (v.asText().equals(value)) {
        ((ObjectNode) item).remove(prop);
        held = true;
      }
    }
    return held;
  }

  /** The concrete pointers a pointer with {@code *} steps stands for in a document. */
  static List<String> expand(JsonNode doc, String place) {
    int star = place.indexOf("/*");
    if (star < 0) {
      return List.of(place);
    }
    List<String> out = new ArrayList<>();
    JsonNode list = doc.at(place.substring(0, star));
    for (int i = 0; i < list.size(); i++) {
      out.addAll(expand(doc, place.substring(0, star) + "/" + i + place.substring(star + 2)));
    }
    return out;
  }

  /** What the deletion opened (lost findings elsewhere, requirements turned conforming), or null. */
  static String opened(EvaluationReport base, EvaluationReport after, String pointer) {
    Set<String> now = after.findings().stream().map(DeletionPropertyTest::place)
        .collect(Collectors.toSet());
    List<String> lost = base.findings().stream().filter(f -> !now.contains(place(f)))
        .filter(f -> !under(f.subject(), pointer)).map(f -> f.ruleId() + "@" + f.subject()).toList();
    Map<String, RequirementStatus> was = new HashMap<>();
    base.requirements().forEach(q -> was.put(q.ref(), q.status()));
    List<String> turned = after.requirements().stream()
        .filter(q -> was.get(q.ref()) == RequirementStatus.NONCONFORMING
            && q.status() == RequirementStatus.CONFORMING)
        .map(RequirementResult::ref).toList();
    if (lost.isEmpty() && turned.isEmpty()) {
      return null;
    }
    return "lost " + lost + ", turned conforming " + turned;
  }

  static List<Finding> added(EvaluationReport base, EvaluationReport after) {
    Set<String> before = base.findings().stream().map(DeletionPropertyTest::place)
        .collect(Collectors.toSet());
    return after.findings().stream().filter(f -> !before.contains(place(f))).toList();
  }

  /**
   * A finding's rule and place in the document. Deleting one property moves nothing in the
   * document, so a finding that the deletion left alone keeps its place; its id may not stay the
   * same, because the key of a list element that is not an entity (a management review's output)
   * is a digest of its content, which the deletion changed.
   */
  static String place(Finding f) {
    return f.ruleId() + "@" + f.subject();
  }

  /** Whether a finding concerns one of the refs (itself, a part of it or its whole). */
  static boolean names(Finding f, Collection<String> refs) {
    List<String> its = new ArrayList<>(f.obligations());
    its.add(f.requirement());
    if (f.basisRef() != null) {
      its.add(f.basisRef());
    }
    if (f.isoRequirement() != null) {
      its.add(f.isoRequirement());
    }
    for (String a : its) {
      for (String b : refs) {
        if (related(a, b)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean related(String a, String b) {
    return a.equals(b) || a.startsWith(b + ".") || a.startsWith(b + "-") || b.startsWith(a + ".")
        || b.startsWith(a + "-");
  }

  static String ids(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + "@" + f.subject()).collect(Collectors.joining(" "));
  }

  static boolean under(String subject, String pointer) {
    return subject.equals(pointer) || subject.startsWith(pointer + "/");
  }

  static void walk(JsonNode schema, String ref, JsonNode node, String pointer, List<Site> sites) {
    String typeName = ref.substring("#/$defs/".length());
    JsonNode def = schema.get("$defs").get(typeName);
    for (Map.Entry<String, JsonNode> f : iterable(node)) {
      String p = pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
      JsonNode ps = def.path("properties").get(f.getKey());
      if (ps == null) {
        continue;
      }
      sites.add(new Site(p, typeName, f.getKey(), ps.get("x-aims-evidence"),
          f.getValue().isContainerNode()));
      JsonNode item = ps.has("items") ? ps.get("items") : ps;
      if (!item.has("$ref") || !schema.get("$defs").get(item.get("$ref").asText()
          .substring("#/$defs/".length())).has("properties")) {
        continue;
      }
      if (f.getValue() instanceof ArrayNode a) {
        for (int i = 0; i < a.size(); i++) {
          walk(schema, item.get("$ref").asText(), a.get(i), p + "/" + i, sites);
        }
      } else if (f.getValue().isObject()) {
        walk(schema, item.get("$ref").asText(), f.getValue(), p, sites);
      }
    }
  }

  static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    node.fields().forEachRemaining(out::add);
    return out;
  }

  static void remove(JsonNode doc, String pointer) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = doc.at(pointer.substring(0, slash));
    if (parent instanceof ObjectNode o) {
      o.remove(pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~"));
    }
  }
}
