package org.aimsrules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.aimsrules.catalog.testing.CatalogFixtures;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.io.Problem;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
import org.junit.jupiter.api.Test;

/**
 * Structure-aware fuzzing of the reader and the evaluator. Each case takes a seed document (the
 * fixture baseline or a bundled sample), applies one to five random mutations (drop, duplicate, swap
 * and retype values, cut lists, random strings, dates and numbers) and reads and evaluates the result.
 * The only outcomes allowed: a report, or {@link InvalidModelException} whose problems point into the
 * document. Anything else fails the test and writes a minimized reproducer to
 * {@code target/fuzz-failures/}.
 *
 * <p>Every build runs {@value #DEFAULT_CASES} cases; {@code -Daims.fuzz.cases=N} runs more (the
 * {@code fuzz} Maven profile runs a million), {@code -Daims.fuzz.seed=S} repeats a run. The seed is
 * printed.
 */
class FuzzTest {
  static final int DEFAULT_CASES = 500;
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final Evaluator EVALUATOR = Iso42001.evaluator();
  private static final Path SAMPLES =
      Path.of("../aims-rules-examples/src/main/resources/org/aimsrules/examples/samples");
  private static final List<String> STRINGS = List.of("", " ", "x", "null", "true", "0", "-1",
      "2026-13-45", "9999-12-31", "+999999999-12-31", "A.6.2.8", "A.99.9", "9.2.2", "bad id",
      "\u0000", "\u001b[31m", "\ud83d\ude00", "é", "p-nobody", "sys-nothing", "HIGH_RISK",
      "OPERATION_AND_MONITORING", "x".repeat(5000));
  private static final List<String> DATES = List.of("1900-01-01", "2199-12-31", "1899-12-31",
      "2200-01-01", "2026-02-29", "2024-02-29", "2026-06-30", "2027-05-30", "0000-01-01",
      "+999999999-12-31", "2026-6-3", "");
  private static final List<Long> NUMBERS = List.of(0L, 1L, -1L, 2L, 3L, 5L, 12L, 36L, 100L, 1200L,
      1201L, 36600L, (long) Integer.MAX_VALUE, (long) Integer.MIN_VALUE, Long.MAX_VALUE,
      Long.MIN_VALUE);

  /** The counts of a run, for the note in the docs. */
  record Counts(long cases, long rejected, long evaluated, long failed) {}

  @Test
  void mutatedModelsAreEvaluatedOrRejectedNeverAnythingElse() throws Exception {
    long cases = Long.getLong("aims.fuzz.cases", DEFAULT_CASES);
    long seed = Long.getLong("aims.fuzz.seed", System.nanoTime());
    System.out.println("FuzzTest: " + cases + " cases, seed " + seed
        + " (repeat with -Daims.fuzz.seed=" + seed + ")");
    List<JsonNode> seeds = seeds();
    AtomicLong rejected = new AtomicLong();
    AtomicLong evaluated = new AtomicLong();
    List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    int threads = Integer.getInteger("aims.fuzz.threads", 1);
    long perThread = (cases + threads - 1) / threads;
    IntStream.range(0, threads).parallel().forEach(t -> {
      SplittableRandom random = new SplittableRandom(seed + t);
      for (long i = 0; i < perThread && t * perThread + i < cases; i++) {
        if (failures.size() >= 5) {
          return;
        }
        long caseSeed = random.nextLong();
        JsonNode doc = seeds.get((int) Math.floorMod(caseSeed, (long) seeds.size()));
        List<Long> mutations = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(caseSeed);
        int n = 1 + r.nextInt(5);
        for (int m = 0; m < n; m++) {
          mutations.add(r.nextLong());
        }
        String outcome = run(mutate(doc, mutations));
        if (outcome.equals("rejected")) {
          rejected.incrementAndGet();
        } else if (outcome.equals("evaluated")) {
          evaluated.incrementAndGet();
        } else {
          failures.add(reproduce(doc, mutations, caseSeed, outcome));
        }
      }
    });
    Counts counts = new Counts(rejected.get() + evaluated.get() + failures.size(), rejected.get(),
        evaluated.get(), failures.size());
    System.out.println("FuzzTest: " + counts);
    assertThat(failures).as("fuzz failures (seed %s)", seed).isEmpty();
  }

  static List<JsonNode> seeds() throws IOException {
    List<JsonNode> seeds = new ArrayList<>();
    seeds.add(CatalogFixtures.FIXTURES.baseline());
    if (Files.isDirectory(SAMPLES)) {
      try (Stream<Path> files = Files.list(SAMPLES)) {
        for (Path p : files.sorted().toList()) {
          seeds.add(MAPPER.readTree(p.toFile()));
        }
      }
    }
    return seeds;
  }

  /** "rejected", "evaluated", or a description of what else happened. */
  static String run(JsonNode doc) {
    byte[] bytes;
    try {
      bytes = MAPPER.writeValueAsBytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AimsModel model;
    try {
      model = AimsModelReader.create().read(bytes);
    } catch (InvalidModelException e) {
      if (e.problems().isEmpty()) {
        return "InvalidModelException without problems";
      }
      for (Problem p : e.problems()) {
        if (p.pointer() == null || doc.at(p.pointer()).isMissingNode()) {
          return "problem whose pointer does not resolve: " + p;
        }
      }
      return "rejected";
    } catch (Throwable e) {
      return "reader threw " + e;
    }
    try {
      EvaluationReport report = EVALUATOR.evaluate(model,
          EvaluationOptions.builder().asOf(LocalDate.of(2026, 11, 30)).build());
      return report.summary() == null ? "report without summary" : "evaluated";
    } catch (Throwable e) {
      return "evaluation threw " + e;
    }
  }

  /** Applies the mutations, each driven by its own seed, to a copy of the document. */
  static JsonNode mutate(JsonNode seedDoc, List<Long> mutations) {
    JsonNode doc = seedDoc.deepCopy();
    for (long m : mutations) {
      doc = mutateOnce(doc, new SplittableRandom(m));
    }
    return doc;
  }

  private static JsonNode mutateOnce(JsonNode doc, SplittableRandom r) {
    List<String> pointers = new ArrayList<>();
    collect(doc, "", pointers);
    if (pointers.isEmpty()) {
      return doc;
    }
    String at = pointers.get(r.nextInt(pointers.size()));
    int slash = at.lastIndexOf('/');
    JsonNode parent = doc.at(at.substring(0, slash));
    String key = at.substring(slash + 1);
    JsonNode value = doc.at(at);
    JsonNode replacement;
    switch (r.nextInt(9)) {
      case 0 -> { // drop
        if (parent.isArray()) {
          ((ArrayNode) parent).remove(Integer.parseInt(key));
        } else {
          ((ObjectNode) parent).remove(key);
        }
        return doc;
      }
      case 1 -> { // duplicate a list element
        if (parent.isArray()) {
          ((ArrayNode) parent).add(value.deepCopy());
        }
        return doc;
      }
      case 2 -> { // swap with another value of the document
        replacement = doc.at(pointers.get(r.nextInt(pointers.size()))).deepCopy();
      }
      case 3 -> replacement = retype(value, r);
      case 4 -> { // cut a list
        if (value.isArray() && value.size() > 0) {
          ArrayNode cut = JsonNodeFactory.instance.arrayNode();
          for (int i = 0; i < r.nextInt(value.size()); i++) {
            cut.add(value.get(i));
          }
          replacement = cut;
        } else {
          replacement = JsonNodeFactory.instance.arrayNode();
        }
      }
      case 5 -> replacement = JsonNodeFactory.instance.textNode(STRINGS.get(r.nextInt(STRINGS.size())));
      case 6 -> replacement = JsonNodeFactory.instance.textNode(DATES.get(r.nextInt(DATES.size())));
      case 7 -> replacement = JsonNodeFactory.instance.numberNode(NUMBERS.get(r.nextInt(NUMBERS.size())));
      default -> { // add an unknown or empty property
        if (value.isObject()) {
          ((ObjectNode) value).put(r.nextBoolean() ? "unknownProperty" : "id", "x");
          return doc;
        }
        replacement = JsonNodeFactory.instance.objectNode();
      }
    }
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(key), replacement);
    } else if (parent.isObject()) {
      ((ObjectNode) parent).set(key, replacement);
    }
    return doc;
  }

  private static JsonNode retype(JsonNode value, SplittableRandom r) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (r.nextInt(6)) {
      case 0 -> f.textNode(value.asText());
      case 1 -> f.numberNode(value.asLong());
      case 2 -> f.booleanNode(value.asBoolean());
      case 3 -> f.arrayNode().add(value.deepCopy());
      case 4 -> f.objectNode().set("value", value.deepCopy());
      default -> f.nullNode();
    };
  }

  private static void collect(JsonNode node, String at, List<String> pointers) {
    if (!at.isEmpty()) {
      pointers.add(at);
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(e.getValue(), at + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), pointers);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "/" + i, pointers);
      }
    }
  }

  /**
   * Minimizes a failing case (drops every mutation that is not needed to fail) and writes the
   * resulting document to {@code target/fuzz-failures/<seed>.json}.
   */
  private static String reproduce(JsonNode seedDoc, List<Long> mutations, long caseSeed,
      String outcome) {
    List<Long> needed = new ArrayList<>(mutations);
    for (int i = needed.size() - 1; i >= 0 && needed.size() > 1; i--) {
      List<Long> fewer = new ArrayList<>(needed);
      fewer.remove(i);
      String o = run(mutate(seedDoc, fewer));
      if (!o.equals("rejected") && !o.equals("evaluated")) {
        needed = fewer;
      }
    }
    JsonNode doc = mutate(seedDoc, needed);
    Path file = Path.of("target", "fuzz-failures", caseSeed + ".json");
    try {
      Files.createDirectories(file.getParent());
      MAPPER.writeValue(file.toFile(), doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return outcome + " (reproducer: " + file + ")";
  }
}
