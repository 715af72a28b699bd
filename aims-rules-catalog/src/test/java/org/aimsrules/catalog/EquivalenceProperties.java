package org.aimsrules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;

/**
 * Findings depend on what the organization has, not on where or in which order the model holds it:
 * moving a fact to an equivalent place of the fact model, or reordering any list, never changes the
 * findings. Models are the conforming baseline with random parts removed (so that rules fire), on
 * random dates.
 */
class EquivalenceProperties {
  private static final Evaluator EVALUATOR = Iso42001.evaluator();
  private final AimsProperties generators = new AimsProperties();

  /** What a finding says, without its position in the document (JSON Pointers hold list indexes). */
  record Said(String ruleId, String severity, String entityId, String message) {}

  static List<Said> said(EvaluationReport report) {
    List<Said> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      out.add(new Said(f.ruleId(), f.severity().name(), f.entityId(), f.message()));
    }
    out.sort(java.util.Comparator.comparing(Said::toString));
    return out;
  }

  /** Per-subject findings (no systemic grouping or escalation, whose subject lists follow order). */
  static EvaluationOptions perSubject(LocalDate asOf) {
    return EvaluationOptions.builder().asOf(asOf).escalationThreshold(0).systemicFindings(false)
        .build();
  }

  static Map<String, String> statuses(EvaluationReport report) {
    Map<String, String> out = new TreeMap<>();
    report.requirements().forEach(r -> out.put(r.ref(), r.status().name()));
    return out;
  }

  @Provide
  Arbitrary<AimsProperties.Generated> models() {
    return generators.models(-200);
  }

  @Property(tries = 25)
  void reorderingAnyListNeverChangesTheFindings(@ForAll("models") AimsProperties.Generated g,
      @ForAll long seed) {
    JsonNode shuffled = shuffleLists(g.doc().deepCopy(), new Random(seed));
    EvaluationReport before = EVALUATOR.evaluate(g.model(), perSubject(g.asOf()));
    EvaluationReport after = EVALUATOR.evaluate(AimsProperties.read(shuffled),
        perSubject(g.asOf()));
    assertThat(said(after)).as("findings after reordering every list of %s", g)
        .isEqualTo(said(before));
    EvaluationOptions defaults = EvaluationOptions.builder().asOf(g.asOf()).build();
    EvaluationReport groupedBefore = EVALUATOR.evaluate(g.model(), defaults);
    EvaluationReport groupedAfter = EVALUATOR.evaluate(AimsProperties.read(shuffled), defaults);
    assertThat(groupedAfter.summary().counts()).isEqualTo(groupedBefore.summary().counts());
    assertThat(groupedAfter.summary().verdict()).isEqualTo(groupedBefore.summary().verdict());
    assertThat(statuses(groupedAfter)).isEqualTo(statuses(groupedBefore));
  }

  /** One way of moving a fact to an equivalent place of the fact model. */
  enum Move {
    DOCUMENT_APPROVER_TO_LIST, SOA_APPROVER_TO_LIST, PLAN_ACCEPTOR_TO_LIST, CERTIFICATION_TO_CERTIFICATE
  }

  @Property(tries = 25)
  void movingAFactToAnEquivalentPlaceNeverChangesTheFindings(
      @ForAll("models") AimsProperties.Generated g, @ForAll Move move, @ForAll long seed) {
    JsonNode moved = move(g.doc().deepCopy(), move, new Random(seed));
    EvaluationReport before = EVALUATOR.evaluate(g.model(), perSubject(g.asOf()));
    EvaluationReport after = EVALUATOR.evaluate(AimsProperties.read(moved), perSubject(g.asOf()));
    assertThat(said(after)).as("findings after %s on %s", move, g).isEqualTo(said(before));
    assertThat(statuses(after)).isEqualTo(statuses(before));
  }

  static JsonNode move(JsonNode doc, Move move, Random random) {
    switch (move) {
      case DOCUMENT_APPROVER_TO_LIST -> {
        List<ObjectNode> approved = new ArrayList<>();
        doc.path("documents").forEach(d -> {
          if (d.has("approvedBy")) {
            approved.add((ObjectNode) d);
          }
        });
        if (!approved.isEmpty()) {
          toList(approved.get(random.nextInt(approved.size())), "approvedBy", "approverIds");
        }
      }
      case SOA_APPROVER_TO_LIST -> {
        if (doc.path("statementOfApplicability").has("approvedBy")) {
          toList((ObjectNode) doc.get("statementOfApplicability"), "approvedBy", "approverIds");
        }
      }
      case PLAN_ACCEPTOR_TO_LIST -> {
        if (doc.path("riskTreatmentPlan").has("residualRisksAcceptedBy")) {
          toList((ObjectNode) doc.get("riskTreatmentPlan"), "residualRisksAcceptedBy",
              "residualRisksAcceptedByIds");
        }
      }
      case CERTIFICATION_TO_CERTIFICATE -> {
        JsonNode org = doc.path("organization");
        if (org.path("certifiedManagementSystems").size() > 0) {
          ArrayNode certified = (ArrayNode) org.get("certifiedManagementSystems");
          ArrayNode certificates = ((ObjectNode) org).putArray("certificates");
          certified.forEach(s -> certificates.addObject().put("standard", s.asText()));
          ((ObjectNode) org).remove("certifiedManagementSystems");
        }
      }
      default -> throw new IllegalStateException();
    }
    return doc;
  }

  private static void toList(ObjectNode node, String single, String list) {
    String value = node.get(single).asText();
    node.remove(single);
    node.putArray(list).add(value);
  }

  static JsonNode shuffleLists(JsonNode node, Random random) {
    if (node.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      node.forEach(items::add);
      java.util.Collections.shuffle(items, random);
      ArrayNode array = (ArrayNode) node;
      array.removeAll();
      for (JsonNode item : items) {
        array.add(shuffleLists(item, random));
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        e.setValue(shuffleLists(e.getValue(), random));
      }
    }
    return node;
  }
}
