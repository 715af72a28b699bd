package org.aimsrules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aimsrules.catalog.testing.CatalogFixtures;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.Baseline;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Waiver;
import org.aimsrules.core.report.WaiverResult;

/**
 * A finding's id never depends on list positions: reordering every list of a model (sections,
 * nested lists, lists of ids) leaves the set of finding ids, and each id's identity, unchanged.
 */
class IdentityProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Evaluator EVALUATOR = Iso42001.evaluator();
  private static final EvaluationOptions OPTIONS =
      EvaluationOptions.builder().asOf(LocalDate.of(2026, 11, 30)).build();

  @Provide
  Arbitrary<String> samples() {
    try {
      List<String> names = new ArrayList<>(EvaluationSessionTest.samples().toList());
      names.add("fixture-baseline");
      return Arbitraries.of(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode document(String sample) throws IOException {
    return sample.equals("fixture-baseline") ? CatalogFixtures.FIXTURES.baseline()
        : MAPPER.readTree(EvaluationSessionTest.SAMPLES.resolve(sample).toFile());
  }

  @Property(tries = 24)
  void reorderingEveryListChangesNoFindingId(@ForAll("samples") String sample,
      @ForAll long seed) throws IOException {
    JsonNode doc = document(sample);
    JsonNode shuffled = shuffle(doc.deepCopy(), new Random(seed));
    Set<String> before = ids(evaluate(doc));
    Set<String> after = ids(evaluate(shuffled));
    assertThat(after).as("finding id and identity after reordering every list of " + sample)
        .isEqualTo(before);
  }

  private static EvaluationReport evaluate(JsonNode doc) throws IOException {
    return EVALUATOR.evaluate(AimsModelReader.create().read(MAPPER.writeValueAsBytes(doc)), OPTIONS);
  }

  /** Every finding's id with its rule and identity, instances and escalated minors included. */
  private static Set<String> ids(EvaluationReport report) {
    Set<String> ids = new TreeSet<>();
    report.findings().forEach(f -> collect(f, ids));
    return ids;
  }

  private static void collect(Finding f, Set<String> ids) {
    ids.add(f.id() + " " + f.ruleId() + " " + f.identity() + " " + f.severity());
    f.instances().forEach(i -> collect(i, ids));
    f.escalates().forEach(i -> collect(i, ids));
  }

  /** Shuffles every array of the document, at every depth. */
  static JsonNode shuffle(JsonNode node, Random random) {
    if (node instanceof ArrayNode array) {
      List<JsonNode> items = new ArrayList<>();
      array.forEach(items::add);
      Collections.shuffle(items, random);
      array.removeAll();
      for (JsonNode item : items) {
        array.add(shuffle(item, random));
      }
    } else if (node instanceof ObjectNode object) {
      for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        object.set(name, shuffle(object.get(name), random));
      }
    }
    return node;
  }

  /**
   * Waiving any finding keeps every finding in the report (the waived one marked), never raises the
   * count of majors and never makes the verdict worse.
   */
  @Property(tries = 16)
  void waivingAFindingKeepsItAndNeverRaisesACount(@ForAll("samples") String sample,
      @ForAll long seed) throws IOException {
    JsonNode doc = document(sample);
    AimsModel model = AimsModelReader.create().read(MAPPER.writeValueAsBytes(doc));
    EvaluationReport plain = EVALUATOR.evaluate(model, OPTIONS);
    List<Finding> leaves = new ArrayList<>();
    plain.findings().forEach(f -> leaves.addAll(Baseline.leaves(f)));
    if (leaves.isEmpty()) {
      return;
    }
    Finding chosen = leaves.get(new Random(seed).nextInt(leaves.size()));
    Waiver w = new Waiver(chosen.ruleId(), chosen.id(), null, "accepted", "owner",
        OPTIONS.asOf().minusDays(1), OPTIONS.asOf().plusDays(1));
    EvaluationReport waived = EVALUATOR.evaluate(model,
        OPTIONS.toBuilder().waivers(List.of(w)).build());
    List<Finding> after = new ArrayList<>();
    waived.findings().forEach(f -> after.addAll(Baseline.leaves(f)));
    assertThat(after).extracting(Finding::id).containsExactlyInAnyOrderElementsOf(
        leaves.stream().map(Finding::id).toList());
    assertThat(after).filteredOn(Finding::isWaived).extracting(Finding::id)
        .containsExactly(chosen.id());
    // A waived minor can dissolve an escalated major into the minors left, so only the majors are
    // sure not to rise.
    assertThat(waived.summary().count(Severity.MAJOR))
        .isLessThanOrEqualTo(plain.summary().count(Severity.MAJOR));
    assertThat(waived.summary().waived()).isEqualTo(1);
    assertThat(waived.summary().verdict().compareTo(plain.summary().verdict()))
        .as("verdict " + plain.summary().verdict() + " -> " + waived.summary().verdict())
        .isGreaterThanOrEqualTo(0);
    assertThat(waived.waivers()).singleElement()
        .extracting(WaiverResult::status).isEqualTo(WaiverResult.Status.APPLIED);
  }
}
