package org.aimsrules.examples.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.aimsrules.examples.cli.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A tenant's hostile text in every free-text field of a sample reaches no output raw: in every
 * format the command line writes no control byte but line feed and tab, and no markup from the
 * model appears unescaped where it could act (HTML, Markdown, SARIF, JUnit XML, OSCAL).
 */
class HostileOutputTest {
  /** The corpus of hostile strings, joined (test resource {@code hostile/corpus.json}). */
  static final String HOSTILE = corpus();
  /** A long string (near the reader's 100,000-character limit) for one field. */
  static final String LONG = "<script>".repeat(12_000);
  private static final Set<String> FREE_TEXT = Set.of("name", "title", "description", "statement",
      "jobTitle", "intendedPurpose", "location", "rationale", "justification", "summary");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  static Path dir;

  static Stream<String> formats() {
    return SampleReports.WRITERS.formatIds().stream();
  }

  private static String corpus() {
    try (java.io.InputStream in = HostileOutputTest.class.getResourceAsStream("/hostile/corpus.json")) {
      StringBuilder all = new StringBuilder();
      new ObjectMapper().readTree(in).path("strings").forEach(t -> all.append(t.textValue()).append(' '));
      return all.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path hostileModel() throws IOException {
    Path file = dir.resolve("hostile.json");
    if (!Files.exists(file)) {
      Files.write(file, hostileBytes());
    }
    return file;
  }

  /**
   * The start-up sample with the corpus appended to every free-text field and a string of nearly
   * the reader's length limit as the organization's name.
   *
   * @return the model's JSON
   */
  static byte[] hostileBytes() throws IOException {
    JsonNode doc = MAPPER.readTree(SampleReports.sampleBytes("startup-beginning-aims"));
    poison(doc);
    ((ObjectNode) doc.path("organization")).put("name", "Org " + LONG);
    return MAPPER.writeValueAsBytes(doc);
  }

  private static void poison(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isTextual() && FREE_TEXT.contains(e.getKey())) {
          e.setValue(new TextNode(e.getValue().textValue() + " " + HOSTILE));
        } else {
          poison(e.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(HostileOutputTest::poison);
    }
  }

  @ParameterizedTest
  @MethodSource("formats")
  void noRawControlByteAndNoLiveMarkupInAnyFormat(String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8))
        .run("evaluate", hostileModel().toString(), "--as-of", "2026-06-30", "--format", format);
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(firstControlByte(out.toByteArray())).as("offset of a raw control byte in the %s output",
        format).isEqualTo(-1);
    assertThat(err.toByteArray()).isEmpty();
    String text = out.toString(StandardCharsets.UTF_8);
    if (!format.equals("json")) {
      // The JSON report is data and keeps the text exact (control characters JSON-escaped).
      assertThat(text).doesNotContain("\u202e", "\u0085", "\u009b");
    }
    assertThat(text).as("the hostile text reached the output").containsAnyOf("alert(1)",
        "alert\\(1\\)", "alert\\\\(1\\\\)");
    if (!format.equals("json") && !format.equals("text")) {
      // Data (json) keeps the text exact; the terminal (text) shows it as text. Elsewhere, markup.
      assertThat(text).doesNotContain("<script>alert", "<img src=x", "<script><script>",
          "<svg onload");
    }
    if (format.equals("markdown") || format.equals("oscal-ar")) {
      // Markdown (OSCAL titles and descriptions are Markdown too): no link from the model.
      assertThat(text).doesNotContain("](javascript:");
    }
  }

  /**
   * A 1 MB string goes beyond what the reader accepts (100,000 characters per string), so it is put
   * into a report built in Java, as an embedder's own model could carry it: every writer keeps it
   * inert and writes no raw control byte.
   */
  @ParameterizedTest
  @MethodSource("formats")
  void aMegabyteOfHostileTextInAReportBuiltInJavaStaysInert(String format) {
    org.aimsrules.core.report.EvaluationReport r = SampleReports.report("startup-beginning-aims");
    String megabyte = (HOSTILE + " ").repeat(1_048_576 / (HOSTILE.length() + 1) + 1);
    org.aimsrules.core.report.EvaluationReport big = new org.aimsrules.core.report.EvaluationReport(
        r.reportVersion(), r.generator(), r.catalog(), megabyte, r.asOf(), r.summary(),
        r.findings(), r.requirements(), r.controls(), r.waivers(), r.baseline());
    String text = SampleReports.write(format, big, SampleReports.context("startup-beginning-aims"));
    assertThat(firstControlByte(text.getBytes(StandardCharsets.UTF_8)))
        .as("offset of a raw control byte in the %s output", format).isEqualTo(-1);
    if (!format.equals("json") && !format.equals("text")) {
      assertThat(text).doesNotContain("<script>alert", "<img src=x", "<svg onload");
    }
  }

  /**
   * A vendor's pack id and the catalog label that names the packs come from a jar, not from the
   * tenant's model: every writer keeps them inert all the same.
   */
  @ParameterizedTest
  @MethodSource("formats")
  void aPackIdAndCatalogLabelFromAJarStayInert(String format) {
    org.aimsrules.core.report.EvaluationReport r = SampleReports.report("startup-beginning-aims");
    org.aimsrules.core.report.EvaluationReport hostile =
        new org.aimsrules.core.report.EvaluationReport(r.reportVersion(), r.generator(),
            r.catalog() + " + " + HOSTILE, r.organization(), r.asOf(), r.summary(),
            r.findings().stream().map(f -> f.withPack("acme" + HOSTILE)).toList(),
            r.requirements(), r.controls(), r.waivers(), r.baseline());
    String text = SampleReports.write(format, hostile,
        SampleReports.context("startup-beginning-aims"));
    assertThat(firstControlByte(text.getBytes(StandardCharsets.UTF_8)))
        .as("offset of a raw control byte in the %s output", format).isEqualTo(-1);
    if (!format.equals("json")) {
      assertThat(text).doesNotContain("\u202e", "\u0085", "\u009b");
    }
    // OSCAL property values are plain strings (data, as in the JSON report), not markup: the
    // catalog label stays exact there, and only there.
    String markup = format.equals("oscal-ar")
        ? text.lines().filter(l -> !l.strip().startsWith("\"value\":")).collect(
            java.util.stream.Collectors.joining("\n"))
        : text;
    if (!format.equals("json") && !format.equals("text")) {
      assertThat(markup).doesNotContain("<script>alert", "<img src=x", "<svg onload");
    }
    if (format.equals("text") || format.equals("json")) {
      assertThat(text).as("the pack id reached the %s output", format).contains("acme");
    }
  }

  /** The offset of the first byte below 0x20 other than line feed and tab, or -1. */
  static int firstControlByte(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x20 && b != '\n' && b != '\t') {
        return i;
      }
    }
    return -1;
  }
}
