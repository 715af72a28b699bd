package org.aimsrules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.io.ReadLimits;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Severity;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on a local master, with small inputs made here: one session for all the tests
 * (Spark's start-up is the slow part). Every summary and finding is compared whole with what the
 * library's {@link Evaluator} gives for that model on its own.
 *
 * <p>The tenant whose evaluation fails names, in its own tailoring ({@code disabledRules}), a rule
 * that the catalog does not have: the evaluator throws {@link IllegalArgumentException} for that
 * tenant only, and the job records it as that tenant's {@code ERROR} row.
 */
class SparkJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final List<String> SAMPLE_NAMES = List.of("bank-high-risk-credit-scoring",
      "startup-beginning-aims", "conforming-logistics-provider", "conforming-insurer-deployer");

  private static SparkSession spark;
  @TempDir
  static Path dir;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("aims-rules-spark tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void mixedInputGivesSummariesFindingsAndRejectsEqualToTheLibrary() throws IOException {
    Map<String, String> valid = new LinkedHashMap<>();
    for (String name : SAMPLE_NAMES) {
      valid.put("tenant-" + name, sample(name));
    }
    List<String> lines = new ArrayList<>();
    valid.forEach((tenant, model) -> lines.add(line(tenant, model)));
    lines.add("{\"tenant\": \"no-name\", \"model\": {\"schemaVersion\": \"1.0\", "
        + "\"organization\": {}}}");
    lines.add("this is not JSON");
    lines.add("");
    lines.add(line("tailored-wrongly", sample("startup-beginning-aims"))
        .replace("{\"tenant\"", "{\"disabledRules\": [\"no/such-rule\"], \"tenant\""));
    Path in = write("mixed.jsonl", lines);

    EvaluateTenants.Result r = EvaluateTenants.run(spark, settings(in, "mixed", List.of(AS_OF),
        List.of()));

    Path out = dir.resolve("mixed");
    Map<String, EvaluationReport> expected = new LinkedHashMap<>();
    valid.forEach((tenant, model) -> expected.put(tenant, evaluate(model, AS_OF, List.of())));
    assertThat(summaries(out)).containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
        .map(e -> summary(e.getKey(), e.getValue())).toList());
    assertThat(findings(out)).containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
        .flatMap(e -> findings(e.getKey(), e.getValue())).toList());

    List<String> expectedRejects = new ArrayList<>();
    for (var p : problems("{\"schemaVersion\": \"1.0\", \"organization\": {}}")) {
      expectedRejects.add("no-name|5|null|INVALID|" + p.pointer() + "|" + p.message() + "|null");
    }
    expectedRejects.add("null|6|null|INVALID||the line is not valid JSON: Unrecognized token "
        + "'this': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or "
        + "'false')|null");
    expectedRejects.add("tailored-wrongly|8|2026-11-30|ERROR|null|options name rules the catalog "
        + "does not have: [no/such-rule]|java.lang.IllegalArgumentException");
    assertThat(rows(spark.read().parquet(out.resolve("rejects").toString())
        .select("tenant", "line", "as_of", "kind", "pointer", "message", "error_class")))
        .containsExactlyInAnyOrderElementsOf(expectedRejects);
    assertThat(r).isEqualTo(new EvaluateTenants.Result(4,
        expected.values().stream().mapToLong(x -> x.findings().size()).sum(),
        expectedRejects.size(), 3));
  }

  @Test
  void aParquetTableWithATenantsOwnTailoringGivesTheLibrarysSummaries() {
    String bank = sample("bank-high-risk-credit-scoring");
    String startup = sample("startup-beginning-aims");
    EvaluationReport startupReport = evaluate(startup, AS_OF, List.of());
    String tailored = startupReport.findings().get(0).ruleId();
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("tenant", "string").add("model", "string").add("disabled_rules", "array<string>");
    spark.createDataFrame(List.of(
            org.apache.spark.sql.RowFactory.create("bank", bank, null),
            org.apache.spark.sql.RowFactory.create("startup", startup,
                scala.jdk.javaapi.CollectionConverters.asScala(List.of(tailored)).toSeq()),
            org.apache.spark.sql.RowFactory.create("no-model", null, null)), schema)
        .coalesce(1).write().parquet(dir.resolve("tenants.parquet").toString());

    EvaluateTenants.Result r = EvaluateTenants.run(spark, new EvaluateTenants.Settings(
        dir.resolve("tenants.parquet").toString(), "parquet", dir.resolve("parquet").toString(),
        "parquet", List.of(AS_OF), List.of(), SparkCli.DEFAULT_TIME_LIMIT, ReadLimits.DEFAULTS,
        0, false));

    assertThat(summaries(dir.resolve("parquet"))).containsExactlyInAnyOrder(
        summary("bank", evaluate(bank, AS_OF, List.of())),
        summary("startup", evaluate(startup, AS_OF, List.of(tailored))));
    assertThat(rows(spark.read().parquet(dir.resolve("parquet").resolve("rejects").toString())
        .select("tenant", "line", "kind", "pointer", "message")))
        .containsExactly("no-model|3|INVALID|/model|the model is missing");
    assertThat(r.summaries()).isEqualTo(2);
  }

  @Test
  void postureHistoryOverThreeDatesEqualsThreeSingleEvaluations() throws IOException {
    Map<String, String> models = new LinkedHashMap<>();
    models.put("startup", sample("startup-beginning-aims"));
    models.put("insurer", sample("conforming-insurer-deployer"));
    List<String> lines = new ArrayList<>();
    models.forEach((tenant, model) -> lines.add(line(tenant, model)));
    Path in = write("history.jsonl", lines);
    List<LocalDate> dates = AsOfDates.parse("2026-09-30..2026-11-30", "P1M");
    assertThat(dates).containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 31),
        LocalDate.of(2026, 11, 30));

    EvaluateTenants.run(spark, settings(in, "history", dates, List.of()));

    List<String> expectedSummaries = new ArrayList<>();
    List<String> expectedFindings = new ArrayList<>();
    for (LocalDate d : dates) {
      models.forEach((tenant, model) -> {
        EvaluationReport report = evaluate(model, d, List.of());
        expectedSummaries.add(summary(tenant, report));
        findings(tenant, report).forEach(expectedFindings::add);
      });
    }
    Path out = dir.resolve("history");
    assertThat(summaries(out)).containsExactlyInAnyOrderElementsOf(expectedSummaries);
    assertThat(findings(out)).containsExactlyInAnyOrderElementsOf(expectedFindings);
    assertThat(spark.read().parquet(out.resolve("rejects").toString()).count()).isZero();
  }

  @Test
  void diffOfTwoRunsThatDifferByOneDisabledRuleListsExactlyThatRulesFindings()
      throws IOException {
    Map<String, String> models = new LinkedHashMap<>();
    for (String name : SAMPLE_NAMES) {
      models.put("tenant-" + name, sample(name));
    }
    Path in = write("diff.jsonl", models.entrySet().stream()
        .map(e -> line(e.getKey(), e.getValue())).toList());
    // The rule with findings in the most tenants.
    Map<String, Set<String>> tenantsByRule = new LinkedHashMap<>();
    Map<String, EvaluationReport> released = new LinkedHashMap<>();
    models.forEach((tenant, model) -> {
      EvaluationReport report = evaluate(model, AS_OF, List.of());
      released.put(tenant, report);
      report.findings().forEach(f -> tenantsByRule.computeIfAbsent(f.ruleId(),
          k -> new TreeSet<>()).add(tenant));
    });
    String rule = tenantsByRule.entrySet().stream()
        .max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.size(), b.size())))
        .orElseThrow().getKey();

    EvaluateTenants.run(spark, settings(in, "before", List.of(AS_OF), List.of()));
    EvaluateTenants.run(spark, settings(in, "after", List.of(AS_OF), List.of(rule)));
    DiffFindings.Result r = DiffFindings.run(spark, new DiffFindings.Settings(
        dir.resolve("before").toString(), dir.resolve("after").toString(),
        dir.resolve("diff").toString(), "parquet", false));

    List<String> expectedRemoved = released.entrySet().stream()
        .flatMap(e -> findings(e.getKey(), e.getValue()))
        .filter(f -> f.split("\\|")[3].equals(rule)).toList();
    assertThat(expectedRemoved).isNotEmpty();
    Path diff = dir.resolve("diff");
    assertThat(rows(spark.read().parquet(diff.resolve("removed").toString())
        .select("tenant", "as_of", "finding_id", "rule_id", "requirement", "severity", "pointer",
            "message", "catalog")))
        .containsExactlyInAnyOrderElementsOf(expectedRemoved);
    assertThat(spark.read().parquet(diff.resolve("added").toString()).count()).isZero();
    assertThat(rows(spark.read().parquet(diff.resolve("rules").toString())))
        .containsExactly(rule + "|2026-11-30|0|" + tenantsByRule.get(rule).size() + "|0|"
            + expectedRemoved.size());
    assertThat(r).isEqualTo(new DiffFindings.Result(0, expectedRemoved.size(), 1));
  }

  @Test
  void theCommandLineOnAThousandLinesWithThreeInvalidWritesJsonOutputs() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      if (i == 10) {
        lines.add("{\"tenant\": \"t10\", \"model\": [1, 2]}");
      } else if (i == 500) {
        lines.add("{\"tenant\": \"t500\"}");
      } else if (i == 999) {
        lines.add("{\"tenant\": \"t999\", \"model\": {\"organization\": {\"name\": \"x\"}}");
      } else {
        lines.add("{\"tenant\": \"t" + i + "\", \"model\": {\"schemaVersion\": \"1.0\", "
            + "\"organization\": {\"name\": \"Org " + i + "\"}}}");
      }
    }
    Path in = write("thousand.jsonl", lines);
    Path out = dir.resolve("thousand");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    SparkCli cli = new SparkCli(new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8), spark);

    int code = cli.run("evaluate-tenants", "--input", in.toString(), "--output", out.toString(),
        "--format", "json", "--as-of", "2026-11-30");

    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isZero();
    assertThat(jsonLines(out.resolve("summaries"))).hasSize(997);
    assertThat(jsonLines(out.resolve("rejects")))
        .extracting(l -> JSON.readTree(l).get("line").asInt()).containsExactlyInAnyOrder(10, 500, 999);
    assertThat(stdout.toString(StandardCharsets.UTF_8)).startsWith(
        "evaluate-tenants: 997 summaries (1 date), ");

    // The diff runs on two such outputs: with itself, nothing changes.
    stdout.reset();
    code = cli.run("diff-findings", "--before", out.toString(), "--after", out.toString(),
        "--output", dir.resolve("thousand-diff").toString(), "--format", "json");
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(code).isZero();
    assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(
        "diff-findings: 0 findings added, 0 removed, 0 rule rows in "
            + dir.resolve("thousand-diff") + System.lineSeparator());

    // An output that exists is refused (exit 2, one line), not overwritten.
    code = cli.run("evaluate-tenants", "--input", in.toString(), "--output", out.toString(),
        "--format", "json", "--as-of", "2026-11-30");
    assertThat(code).isEqualTo(SparkCli.BAD_INPUT);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).startsWith("aims-rules-spark: ")
        .hasLineCount(1);

    // A job-wide disabled rule that no pack has is bad usage, before any tenant is evaluated.
    stderr.reset();
    code = cli.run("evaluate-tenants", "--input", in.toString(), "--output",
        dir.resolve("never").toString(), "--disable", "no/such-rule");
    assertThat(code).isEqualTo(SparkCli.BAD_INPUT);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).isEqualTo(
        "aims-rules-spark: --disable names rules the packs do not have: [no/such-rule]"
            + System.lineSeparator() + "Run 'aims-rules-spark help' for usage."
            + System.lineSeparator());

    // Text from the command line reaches the terminal only through the terminal escaper: a
    // hostile rule id (escape sequences, a bell, a line break) is shown inert, on one line.
    stderr.reset();
    code = cli.run("evaluate-tenants", "--input", in.toString(), "--output",
        dir.resolve("never").toString(), "--disable", "x\u001b]0;owned\u0007\u001b[2J\nFAKE");
    assertThat(code).isEqualTo(SparkCli.BAD_INPUT);
    assertThat(stderr.toString(StandardCharsets.UTF_8)).doesNotContain("\u001b", "\u0007")
        .startsWith("aims-rules-spark: --disable names rules").hasLineCount(2);
    assertThat(dir.resolve("never")).doesNotExist();
  }

  private static EvaluateTenants.Settings settings(Path in, String out, List<LocalDate> dates,
      List<String> disabled) {
    return new EvaluateTenants.Settings(in.toString(), "jsonl", dir.resolve(out).toString(),
        "parquet", dates, disabled, SparkCli.DEFAULT_TIME_LIMIT, ReadLimits.DEFAULTS, 0, false);
  }

  private static EvaluationReport evaluate(String model, LocalDate asOf, List<String> disabled) {
    EvaluationOptions.Builder b = EvaluationOptions.builder().asOf(asOf);
    disabled.forEach(b::disable);
    return Iso42001.evaluator().evaluate(AimsModelReader.create().read(model), b.build());
  }

  private static List<org.aimsrules.core.io.Problem> problems(String model) {
    try {
      Iso42001.evaluator().evaluate(AimsModelReader.create().read(model));
    } catch (InvalidModelException e) {
      return e.problems();
    }
    throw new AssertionError("the model is valid");
  }

  private static String summary(String tenant, EvaluationReport r) {
    return String.join("|", tenant, r.asOf().toString(), r.summary().verdict().name(),
        String.valueOf(r.summary().count(Severity.MAJOR)),
        String.valueOf(r.summary().count(Severity.MINOR)),
        String.valueOf(r.summary().count(Severity.OBSERVATION)),
        String.valueOf(r.summary().count(Severity.OPPORTUNITY)), r.catalog());
  }

  private static Stream<String> findings(String tenant, EvaluationReport r) {
    return r.findings().stream().map((Finding f) -> String.join("|", tenant, r.asOf().toString(),
        f.id(), f.ruleId(), f.requirement(), f.severity().name(), f.subject(), f.message(),
        r.catalog()));
  }

  private static List<String> summaries(Path out) {
    return rows(spark.read().parquet(out.resolve("summaries").toString()).select("tenant", "as_of",
        "verdict", "major", "minor", "observation", "opportunity", "catalog"));
  }

  private static List<String> findings(Path out) {
    return rows(spark.read().parquet(out.resolve("findings").toString()).select("tenant", "as_of",
        "finding_id", "rule_id", "requirement", "severity", "pointer", "message", "catalog"));
  }

  private static List<String> rows(org.apache.spark.sql.Dataset<Row> table) {
    return table.collectAsList().stream().map(row -> {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.length(); i++) {
        cells.add(String.valueOf(row.get(i)));
      }
      return String.join("|", cells);
    }).toList();
  }

  private static List<String> jsonLines(Path table) throws IOException {
    try (Stream<Path> files = Files.list(table)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
          .flatMap(f -> {
            try {
              return Files.readAllLines(f).stream();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }).filter(l -> !l.isBlank()).collect(Collectors.toList());
    }
  }

  private static String sample(String name) {
    try (InputStream in = Iso42001.class.getResourceAsStream(
        "/org/aimsrules/examples/samples/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no sample " + name);
      }
      return JSON.writeValueAsString(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String line(String tenant, String model) {
    try {
      ObjectNode o = JSON.createObjectNode();
      o.put("tenant", tenant);
      o.set("model", JSON.readTree(model));
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(String name, List<String> lines) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, lines, StandardCharsets.UTF_8);
    return p;
  }
}
