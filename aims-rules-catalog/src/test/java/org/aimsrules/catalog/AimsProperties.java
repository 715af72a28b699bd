package org.aimsrules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aimsrules.catalog.internal.CatalogLoader;
import org.aimsrules.catalog.testing.ModelMutator;
import org.aimsrules.catalog.testing.CatalogFixtures;
import org.aimsrules.test.fixtures.RuleFixtures;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.ReportJson;

/**
 * Invariants over generated valid models: models are the conforming baseline with random parts
 * removed (references repaired), evaluated on random dates.
 */
class AimsProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Evaluator EVALUATOR = Iso42001.evaluator();
  private static final JsonNode BASELINE = CatalogFixtures.FIXTURES.baseline();
  private static final List<String> REMOVABLE = ModelMutator.removablePointers(BASELINE);

  /** A generated case: a mutated baseline and an evaluation date. */
  record Generated(JsonNode doc, LocalDate asOf, List<String> removed) {
    AimsModel model() {
      return read(doc);
    }

    @Override
    public String toString() {
      return "baseline without " + removed + " as of " + asOf;
    }
  }

  static AimsModel read(JsonNode doc) {
    try {
      return AimsModelReader.create().read(MAPPER.writeValueAsBytes(doc));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<Generated> models() {
    return models(-400);
  }

  /** Models evaluated on or after the baseline's date, when all its records exist. */
  @Provide
  Arbitrary<Generated> currentModels() {
    return models(0);
  }

  Arbitrary<Generated> models(int earliestDay) {
    return models(earliestDay, REMOVABLE);
  }

  Arbitrary<Generated> models(int earliestDay, List<String> removable) {
    Arbitrary<List<String>> removals = Arbitraries.of(removable).list().ofMaxSize(12);
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(earliestDay, 400)
        .map(d -> RuleFixtures.DEFAULT_AS_OF.plusDays(d));
    return Combinators.combine(removals, dates).as((ptrs, date) -> {
      JsonNode doc = BASELINE;
      List<String> done = new ArrayList<>();
      for (String p : ptrs) {
        JsonNode next = ModelMutator.remove(doc, p);
        if (next != null) {
          doc = next;
          done.add(p);
        }
      }
      return new Generated(doc, date, done);
    });
  }

  static EvaluationOptions options(LocalDate asOf) {
    return EvaluationOptions.builder().asOf(asOf).build();
  }

  @Property(tries = 60)
  void everyGeneratedModelIsValidAndEvaluatesWithoutThrowing(@ForAll("models") Generated g) {
    AimsModel model = g.model();
    EvaluationReport report = EVALUATOR.evaluate(model, options(g.asOf()));
    assertThat(report.controls()).hasSize(38);
  }

  @Property(tries = 30)
  void theSameModelAndDateGiveTheSameReport(@ForAll("models") Generated g) {
    String first = ReportJson.toJson(EVALUATOR.evaluate(g.model(), options(g.asOf())));
    String second = ReportJson.toJson(Iso42001.evaluator().evaluate(read(g.doc().deepCopy()), options(g.asOf())));
    assertThat(second).isEqualTo(first);
  }

  /**
   * Top-level sections whose absence rules report at the section's own pointer, with those rules:
   * the rules that report at "/section" when the section is removed from the baseline.
   */
  static final Map<String, Set<String>> ABSENCE_RULES = absenceRules();

  private static Map<String, Set<String>> absenceRules() {
    Map<String, Set<String>> result = new java.util.LinkedHashMap<>();
    for (Iterator<String> it = BASELINE.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (name.equals("schemaVersion") || name.equals("organization")) {
        continue;
      }
      JsonNode without = ModelMutator.remove(BASELINE, "/" + name);
      Set<String> rules = EVALUATOR.evaluate(read(without), options(RuleFixtures.DEFAULT_AS_OF))
          .findings().stream()
          .filter(f -> f.subject().equals("/" + name) && f.isNonconformity())
          .map(Finding::ruleId).collect(Collectors.toSet());
      if (!rules.isEmpty()) {
        result.put(name, rules);
      }
    }
    return result;
  }

  static final List<String> MANDATORY_SECTIONS = List.copyOf(ABSENCE_RULES.keySet());

  /**
   * Sections whose absence another section's nonconformity may stand for, with those rules: a risk
   * register is only looked for once a risk assessment is complete; without one,
   * 6.1.2/no-risk-assessment (at /riskAssessments) is the finding, and the register's absence is
   * not reported a second time.
   */
  static final Map<String, Set<String>> STANDS_FOR =
      Map.of("risks", Set.of("6.1.2/no-risk-assessment"));

  @Property(tries = 40)
  void supplyingAMissingMandatorySectionRemovesTheFindingsAboutItsAbsence(
      @ForAll("currentModels") Generated g, @ForAll("sections") String section) {
    Assume.that(g.doc().has(section) && !g.doc().get(section).isEmpty());
    Set<String> absenceRules = ABSENCE_RULES.get(section);
    JsonNode without = ModelMutator.remove(g.doc(), "/" + section);
    List<Finding> withoutFindings = EVALUATOR.evaluate(read(without), options(g.asOf())).findings();
    List<Finding> absent = withoutFindings.stream()
        .filter(f -> f.subject().equals("/" + section) && absenceRules.contains(f.ruleId())).toList();
    Set<String> standIns = STANDS_FOR.getOrDefault(section, Set.of());
    assertThat(absent.isEmpty()
        ? withoutFindings.stream().filter(f -> standIns.contains(f.ruleId()) && f.isNonconformity())
            .toList()
        : absent)
        .as("absence of %s is reported, or a nonconformity that stands for it", section)
        .isNotEmpty();
    // Some rules that report the section's absence also report, on the section, a kind of entry it
    // lacks (A.7.5: no documented data-provenance process among the processes). When the generator
    // changed the section, such a finding is right, so only a section as the baseline has it is
    // held to removing every absence finding. Removing elsewhere can change it too: the reference
    // repair drops a process's documentId when its document is removed.
    if (!g.doc().get(section).equals(BASELINE.get(section))) {
      return;
    }
    List<Finding> present = EVALUATOR.evaluate(g.model(), options(g.asOf())).findings().stream()
        .filter(f -> f.subject().equals("/" + section) && absenceRules.contains(f.ruleId())).toList();
    assertThat(present).as("supplying %s removes the absence findings", section).isEmpty();
  }

  @Provide
  Arbitrary<String> sections() {
    return Arbitraries.of(MANDATORY_SECTIONS);
  }

  /** The 20 mandatory documented-information items: id, clause and document types. */
  static final List<Map<String, Object>> MANDATORY_DOCUMENTS = CatalogLoader.read(
      "mandatory-documents.json", new TypeReference<List<Map<String, Object>>>() {});

  /** The model sections whose records each mandatory item documents. */
  static final Map<String, List<String>> DOCUMENTED_SECTIONS = Map.ofEntries(
      Map.entry("DI-01", List.of("/scope")), Map.entry("DI-02", List.of("/aiPolicy")),
      Map.entry("DI-03", List.of("/risks")), Map.entry("DI-04", List.of("/riskAssessments")),
      Map.entry("DI-05", List.of("/riskTreatments")),
      Map.entry("DI-06", List.of("/statementOfApplicability")),
      Map.entry("DI-07", List.of("/riskTreatmentPlan")),
      Map.entry("DI-08", List.of("/statementOfApplicability")),
      Map.entry("DI-09", List.of("/impactAssessments")), Map.entry("DI-10", List.of("/objectives")),
      Map.entry("DI-11", List.of("/competenceRecords", "/competenceRequirements", "/roles")),
      Map.entry("DI-12", List.of("/processes")), Map.entry("DI-13", List.of("/riskAssessments")),
      Map.entry("DI-14", List.of("/riskTreatments")), Map.entry("DI-15", List.of("/impactAssessments")),
      Map.entry("DI-16", List.of("/monitoring")),
      Map.entry("DI-17", List.of("/audits", "/auditProgramme")),
      Map.entry("DI-18", List.of("/managementReviews")),
      Map.entry("DI-19", List.of("/nonconformities")), Map.entry("DI-20", List.of("/correctiveActions")));

  /** A model that still holds what an item documents, and the item. */
  record DocumentCase(Generated generated, Map<String, Object> item) {
    @Override
    public String toString() {
      return generated + ", removing " + item.get("id");
    }
  }

  @Provide
  Arbitrary<DocumentCase> documentCases() {
    return Arbitraries.of(MANDATORY_DOCUMENTS).flatMap(item -> {
      List<String> protectedSections = DOCUMENTED_SECTIONS.get((String) item.get("id"));
      List<String> removable = REMOVABLE.stream()
          .filter(p -> protectedSections.stream().noneMatch(p::startsWith)).toList();
      return models(0, removable).map(g -> new DocumentCase(g, item));
    });
  }

  /**
   * Links through which a document holds a mandatory item whatever its type (the catalog's
   * documented-information rules accept the document the documented thing links to).
   */
  static final Map<String, List<String>> ALSO_HELD_BY = Map.ofEntries(
      Map.entry("DI-01", List.of("/scope/documentId")),
      Map.entry("DI-02", List.of("/aiPolicy/documentId")),
      Map.entry("DI-04", List.of("/processes/*/documentId")),
      Map.entry("DI-05", List.of("/processes/*/documentId")),
      Map.entry("DI-06", List.of("/statementOfApplicability/documentId")),
      Map.entry("DI-07", List.of("/riskTreatmentPlan/documentId")),
      Map.entry("DI-08", List.of("/statementOfApplicability/documentId")),
      Map.entry("DI-09", List.of("/impactAssessments/*/documentId")),
      Map.entry("DI-10", List.of("/objectives/*/documentId")),
      Map.entry("DI-11", List.of("/competenceRecords/*/documentId")),
      Map.entry("DI-12", List.of("/processes/*/recordsDocumentId")),
      Map.entry("DI-13", List.of("/riskAssessments/*/documentId")),
      Map.entry("DI-14", List.of("/riskTreatments/*/resultsDocumentId")),
      Map.entry("DI-15", List.of("/impactAssessments/*/documentId")),
      Map.entry("DI-16", List.of("/monitoring/*/resultsDocumentId")),
      Map.entry("DI-17", List.of("/auditProgramme/documentId", "/audits/*/reportDocumentId")),
      Map.entry("DI-18", List.of("/managementReviews/*/minutesDocumentId")),
      Map.entry("DI-19", List.of("/nonconformities/*/documentId")),
      Map.entry("DI-20", List.of("/correctiveActions/*/resultsDocumentId",
          "/nonconformities/*/documentId")));

  @Property(tries = 60)
  void removingAMandatoryDocumentAlwaysYieldsANonconformityOnItsClause(
      @ForAll("documentCases") DocumentCase c) {
    Generated g = c.generated();
    Map<String, Object> item = c.item();
    for (String section : DOCUMENTED_SECTIONS.get((String) item.get("id"))) {
      JsonNode records = g.doc().at(section);
      Assume.that(!records.isMissingNode() && !records.isEmpty());
    }
    @SuppressWarnings("unchecked")
    Set<String> types = Set.copyOf((List<String>) item.get("documentTypes"));
    String clause = (String) item.get("clause");
    JsonNode doc = g.doc().deepCopy();
    ArrayNode documents = (ArrayNode) doc.get("documents");
    Assume.that(documents != null);
    // An item is evidenced by a document of its types (as type or additional type) and by a document
    // that the records of another item link as holding it too (the nonconformity log holds the
    // results of corrective actions): removing the item removes both.
    Set<String> linked = new java.util.HashSet<>();
    for (String pointer : ALSO_HELD_BY.getOrDefault((String) item.get("id"), List.of())) {
      int star = pointer.indexOf("/*/");
      List<JsonNode> ids = new ArrayList<>();
      if (star < 0) {
        ids.add(doc.at(pointer));
      } else {
        doc.at(pointer.substring(0, star)).forEach(r -> ids.add(r.at(pointer.substring(star + 2))));
      }
      ids.stream().filter(JsonNode::isTextual).forEach(id -> linked.add(id.asText()));
    }
    for (int i = documents.size() - 1; i >= 0; i--) {
      JsonNode d = documents.get(i);
      boolean ofType = types.contains(d.path("type").asText());
      for (JsonNode t : d.path("additionalTypes")) {
        ofType |= types.contains(t.asText());
      }
      if (ofType || linked.contains(d.path("id").asText())) {
        documents.remove(i);
      }
    }
    ModelMutator.repair(doc);
    EvaluationReport report = EVALUATOR.evaluate(read(doc), options(g.asOf()));
    assertThat(report.findings()).as("a nonconformity on %s after removing %s", clause, item.get("id"))
        .anySatisfy(f -> {
          assertThat(f.isNonconformity()).isTrue();
          assertThat(concerns(f, clause)).isTrue();
        });
  }

  static boolean concerns(Finding f, String clause) {
    List<Finding> parts = f.escalates().isEmpty() ? List.of(f) : f.escalates();
    return parts.stream().anyMatch(p -> p.requirement().equals(clause)
        || p.obligations().stream().anyMatch(o -> o.startsWith(clause + "-")));
  }

  /** Properties that only ever add evidence; copied back from the conforming baseline. */
  static final Set<String> EVIDENCE = Set.of("approvedBy", "approvedOn", "reviewedOn", "lastReviewedOn",
      "accessControlled", "versionControlled", "backedUp", "retentionMonths", "effective",
      "effectivenessVerifiedOn", "effectivenessReviewedOn", "effectivenessEvaluatedOn", "documentId",
      "communicatedOn", "residualRiskAcceptedBy", "residualRiskAcceptedOn", "rationale", "justification",
      "evidence", "evidenceDocumentId", "recordsDocumentId", "resultsDocumentId", "minutesDocumentId",
      "reportDocumentId", "consequencesAddressed", "similarNonconformitiesChecked", "rootCause",
      "correction", "correctedOn", "rightsCleared", "biasExamined", "representativenessAssessed",
      "meetsRequirements", "recorded", "lastVerifiedOn", "criteriaDefined", "passed", "releaseCriteriaMet",
      "overseersTrained", "canOverride", "canInterrupt", "responsibilitiesAllocated", "requirementsCaptured",
      "responsibleAiRequirementsAgreed", "intendedUseCommunicated", "performedAsPlanned", "measure",
      "evaluationMethod", "ownerId", "usedCriteria");

  /** A model whose target object lost some of its evidence, and the target's pointer. */
  record EvidenceCase(Generated generated, String target) {}

  @Provide
  Arbitrary<EvidenceCase> evidenceCases() {
    List<String> objects = REMOVABLE.stream().filter(p -> BASELINE.at(p).isObject()).toList();
    // Evaluated on or after the baseline's date: evidence dated after the evaluation date is not
    // evidence yet (it counts as not existing), so adding it could legitimately change findings.
    return Combinators.combine(currentModels(), Arbitraries.of(objects), Arbitraries.integers().between(1, 4))
        .as((g, target, n) -> {
          JsonNode doc = g.doc();
          int stripped = 0;
          JsonNode node = doc.at(target);
          if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
              if (EVIDENCE.contains(name) && stripped < n) {
                JsonNode next = ModelMutator.remove(doc, target + "/" + name);
                if (next != null && next.at(target).isObject()) {
                  doc = next;
                  stripped++;
                }
              }
            }
          }
          return new EvidenceCase(new Generated(doc, g.asOf(), g.removed()), target);
        });
  }

  @Property(tries = 40)
  void addingEvidenceNeverAddsANonconformity(@ForAll("evidenceCases") EvidenceCase c) {
    Generated g = c.generated();
    String target = c.target();
    JsonNode original = BASELINE.at(target);
    JsonNode current = g.doc().at(target);
    Assume.that(original.isObject() && current.isObject());
    JsonNode enriched = g.doc().deepCopy();
    ObjectNode node = (ObjectNode) enriched.at(target);
    boolean added = false;
    for (Iterator<Map.Entry<String, JsonNode>> it = original.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (EVIDENCE.contains(e.getKey()) && !e.getValue().equals(node.get(e.getKey()))) {
        node.set(e.getKey(), e.getValue().deepCopy());
        added = true;
      }
    }
    Assume.that(added);
    AimsModel enrichedModel;
    try {
      enrichedModel = read(enriched);
    } catch (InvalidModelException e) {
      Assume.that(false); // the evidence refers to something the mutation removed
      return;
    }
    // Per subject: a systemic finding that loses subjects changes its identity, not its substance.
    EvaluationOptions noEscalation = EvaluationOptions.builder().asOf(g.asOf()).escalationThreshold(0)
        .systemicFindings(false).build();
    Set<String> before = nonconformities(EVALUATOR.evaluate(g.model(), noEscalation));
    Set<String> after = nonconformities(EVALUATOR.evaluate(enrichedModel, noEscalation));
    assertThat(after).as("nonconformities after adding evidence to %s", target).isSubsetOf(before);
  }

  static Set<String> nonconformities(EvaluationReport r) {
    return r.findings().stream().filter(Finding::isNonconformity)
        .map(f -> f.ruleId() + " " + f.subject()).collect(Collectors.toSet());
  }


  /** The pointers of the evidence properties (per the schema's evidence map) present in a document. */
  static List<String> evidencePointers(JsonNode doc) {
    List<String> out = new ArrayList<>();
    evidencePointers(SCHEMA, SCHEMA.get("$ref").asText(), doc, "", out);
    return out;
  }

  private static final JsonNode SCHEMA = schema();

  private static JsonNode schema() {
    try {
      return MAPPER.readTree(org.aimsrules.core.io.AimsSchema.json());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void evidencePointers(JsonNode schema, String ref, JsonNode node, String pointer,
      List<String> out) {
    JsonNode def = schema.get("$defs").get(ref.substring("#/$defs/".length()));
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      JsonNode ps = def.path("properties").path(f.getKey());
      String p = pointer + "/" + f.getKey();
      if (ps.path("x-aims-evidence").path("class").asText().equals("evidence")) {
        out.add(p);
      }
      JsonNode item = ps.has("items") ? ps.get("items") : ps;
      if (!item.has("$ref") || !schema.get("$defs")
          .get(item.get("$ref").asText().substring("#/$defs/".length())).has("properties")) {
        continue;
      }
      if (f.getValue().isArray()) {
        for (int i = 0; i < f.getValue().size(); i++) {
          evidencePointers(schema, item.get("$ref").asText(), f.getValue().get(i), p + "/" + i, out);
        }
      } else if (f.getValue().isObject()) {
        evidencePointers(schema, item.get("$ref").asText(), f.getValue(), p, out);
      }
    }
  }

  /**
   * Fail closed, as a metamorphic property: removing a piece of evidence (any property the evidence
   * map classifies as evidence) never removes a finding about anything that remains, that is a
   * finding whose subject lies outside the removed property and whose facts do not quote the
   * removed value. A finding that quotes it rests on it (4.3/scope-not-in-register is about
   * /documents, but names the scope's document reference): removing the reference removes what it
   * found.
   */
  @Property(tries = 60)
  void removingEvidenceNeverRemovesAFindingAboutWhatRemains(@ForAll("models") Generated g,
      @ForAll("indexes") int pick) {
    List<String> evidence = evidencePointers(g.doc());
    Assume.that(!evidence.isEmpty());
    String pointer = evidence.get(pick % evidence.size());
    // A date after the evaluation date, or any property of a record dated after it, is not evidence
    // yet (the record does not exist on that date): removing it removes no evidence.
    Assume.that(!datedAfter(g.doc(), pointer, g.asOf()));
    JsonNode without = g.doc().deepCopy();
    JsonNode parent = without.at(pointer.substring(0, pointer.lastIndexOf('/')));
    ((ObjectNode) parent).remove(pointer.substring(pointer.lastIndexOf('/') + 1));
    AimsModel after;
    try {
      after = read(without);
    } catch (InvalidModelException e) {
      return;
    }
    EvaluationOptions apart = EvaluationOptions.builder().asOf(g.asOf()).systemicFindings(false)
        .escalationThreshold(0).build();
    Set<String> remaining = EVALUATOR.evaluate(after, apart).findings().stream().map(Finding::id)
        .collect(Collectors.toSet());
    assertThat(EVALUATOR.evaluate(g.model(), apart).findings())
        .as("findings outside %s after removing it", pointer)
        .filteredOn(f -> !f.subject().equals(pointer) && !f.subject().startsWith(pointer + "/"))
        .filteredOn(f -> !quotes(f, g.doc().at(pointer)))
        .allSatisfy(f -> assertThat(remaining).as("%s at %s", f.ruleId(), f.subject())
            .contains(f.id()));
  }

  /**
   * Whether one of the finding's facts is the removed value, when that value is text and is not the
   * id of the finding's own entity (a finding about system AIS-1 quotes its id without resting on a
   * removed reference to it).
   */
  static boolean quotes(Finding f, JsonNode removed) {
    return removed.isTextual() && !removed.asText().equals(f.entityId())
        && f.facts().containsValue(removed.asText());
  }

  /**
   * Whether the value at the pointer is a date after {@code asOf}, or belongs to a list item whose
   * dates of things done ({@code ...On}) are all after it.
   */
  static boolean datedAfter(JsonNode doc, String pointer, LocalDate asOf) {
    JsonNode value = doc.at(pointer);
    if (isDate(value) && LocalDate.parse(value.asText()).isAfter(asOf)) {
      return true;
    }
    String[] parts = pointer.substring(1).split("/");
    String at = "";
    for (int i = 0; i < parts.length - 1; i++) {
      at += "/" + parts[i];
      if (!parts[i].matches("[0-9]+")) {
        continue;
      }
      List<LocalDate> dates = new ArrayList<>();
      doc.at(at).fields().forEachRemaining(f -> {
        if (f.getKey().endsWith("On") && isDate(f.getValue())) {
          dates.add(LocalDate.parse(f.getValue().asText()));
        }
      });
      if (!dates.isEmpty() && dates.stream().allMatch(d -> d.isAfter(asOf))) {
        return true;
      }
    }
    return false;
  }

  static boolean isDate(JsonNode n) {
    return n.isTextual() && n.asText().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, 100_000);
  }
}
