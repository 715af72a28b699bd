package org.aimsrules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aimsrules.catalog.testing.CatalogFixtures;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.io.Problem;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;

/**
 * Evaluation is total: with extreme and boundary values in any of its dates and integers, a model is
 * either rejected by the reader (every problem pointing into the document) or evaluated to a report.
 * Nothing else may happen: no exception from a rule, whatever the dates and intervals.
 */
class TotalityProperties {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Evaluator EVALUATOR = Iso42001.evaluator();
  private static final JsonNode BASELINE = CatalogFixtures.FIXTURES.baseline();
  private static final List<String> DATES = new ArrayList<>();
  private static final List<String> INTEGERS = new ArrayList<>();

  static {
    collect(BASELINE, "");
  }

  private static final List<String> EXTREME_DATES = List.of("1900-01-01", "1900-01-02", "2199-12-31",
      "2199-12-30", "1899-12-31", "2200-01-01", "0001-01-01", "9999-12-31", "+999999999-12-31",
      "-999999999-01-01", "2024-02-29", "2026-06-30");
  private static final List<Long> EXTREME_INTEGERS = List.of(0L, 1L, -1L, 2L, 12L, 100L, 1000L,
      1001L, 1200L, 1201L, 36600L, 36601L, 10_000_000L, (long) Integer.MAX_VALUE,
      (long) Integer.MIN_VALUE, Long.MAX_VALUE);

  private static void collect(JsonNode node, String at) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(e.getValue(), at + "/" + e.getKey());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "/" + i);
      }
    } else if (node.isIntegralNumber()) {
      INTEGERS.add(at);
    } else if (node.isTextual() && node.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
      DATES.add(at);
    }
  }

  /** A change to one value, as (pointer, new value). */
  record Change(String pointer, JsonNode value) {
    @Override
    public String toString() {
      return pointer + " = " + value;
    }
  }

  @Provide
  Arbitrary<List<Change>> changes() {
    Arbitrary<Change> date = Combinators.combine(Arbitraries.of(DATES), Arbitraries.of(EXTREME_DATES))
        .as((p, v) -> new Change(p, JsonNodeFactory.instance.textNode(v)));
    Arbitrary<Change> integer = Combinators.combine(Arbitraries.of(INTEGERS),
        Arbitraries.of(EXTREME_INTEGERS)).as((p, v) -> new Change(p, JsonNodeFactory.instance.numberNode(v)));
    return Arbitraries.oneOf(date, integer).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.of(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31),
        LocalDate.of(2026, 6, 30), LocalDate.of(2030, 1, 1), LocalDate.of(1999, 12, 31));
  }

  @Property(tries = 300)
  void extremeDatesAndIntegersGiveAReportOrARejectionNeverAnException(
      @ForAll("changes") List<Change> changes, @ForAll("dates") LocalDate asOf) throws Exception {
    JsonNode doc = BASELINE.deepCopy();
    for (Change c : changes) {
      int slash = c.pointer().lastIndexOf('/');
      JsonNode parent = doc.at(c.pointer().substring(0, slash));
      String last = c.pointer().substring(slash + 1);
      if (parent.isArray()) {
        ((ArrayNode) parent).set(Integer.parseInt(last), c.value());
      } else {
        ((ObjectNode) parent).set(last, c.value());
      }
    }
    AimsModel model;
    try {
      model = AimsModelReader.create().read(MAPPER.writeValueAsBytes(doc));
    } catch (InvalidModelException e) {
      assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(resolves(doc, p))
          .as("pointer of %s resolves in the document", p).isTrue());
      return;
    }
    EvaluationReport report = EVALUATOR.evaluate(model, EvaluationOptions.builder().asOf(asOf).build());
    assertThat(report.summary().verdict()).isNotNull();
  }

  private static boolean resolves(JsonNode doc, Problem p) {
    return !doc.at(p.pointer()).isMissingNode();
  }
}
