package org.aimsrules.examples.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.internal.format.OscalUuids;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The OSCAL 1.1.3 assessment-results writer against NIST's schema and the report it writes. */
class OscalFormatTest {
  private static final String SCHEMA = "/schemas/oscal_assessment-results_schema-1.1.3.json";
  private static final String SCHEMA_SHA256 =
      "d9e34757f0c12aff61f52b821f0b8f83ba0ba75b3a149a202b08ba82f82bc4c3";
  private static final String UUID_V5 =
      "^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$";
  private static final String STARTUP = "startup-beginning-aims";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    byte[] bytes;
    try (InputStream in = OscalFormatTest.class.getResourceAsStream(SCHEMA)) {
      bytes = in.readAllBytes();
    }
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
        .as("the schema is NIST's, unmodified").isEqualTo(SCHEMA_SHA256);
    JsonNode node = JSON.readTree(bytes);
    schema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node)).getSchema(node);
  }

  static List<String> samples() {
    return SampleReports.samples();
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode result(JsonNode doc) {
    return doc.path("assessment-results").path("results").get(0);
  }

  private static JsonNode only(JsonNode array, Predicate<JsonNode> test) {
    List<JsonNode> found = StreamSupport.stream(array.spliterator(), false).filter(test).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static boolean hasProp(JsonNode node, String name, String value) {
    for (JsonNode p : node.path("props")) {
      if (p.path("name").asText().equals(name) && p.path("value").asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** Every string of a document with the name of the field that holds it. */
  private static void strings(JsonNode node, String field, List<Map.Entry<String, String>> out) {
    if (node.isTextual()) {
      out.add(Map.entry(field, node.asText()));
    } else if (node.isObject()) {
      node.properties().forEach(e -> strings(e.getValue(), e.getKey(), out));
    } else if (node.isArray()) {
      node.forEach(n -> strings(n, field, out));
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleIsValidOscal(String sample) {
    Set<ValidationMessage> errors = schema.validate(parse(SampleReports.write("oscal-ar", sample)));
    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaCatchesWhatTheWriterAvoids() {
    JsonNode doc = parse(SampleReports.write("oscal-ar", STARTUP));
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.path("assessment-results"))
        .put("uuid", UUID.nameUUIDFromBytes(new byte[] {1}).toString());
    assertThat(schema.validate(doc)).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everyUuidIsVersion5UniqueAndDeterministic(String sample) {
    String json = SampleReports.write("oscal-ar", sample);
    assertThat(SampleReports.write("oscal-ar", sample)).isEqualTo(json);
    List<Map.Entry<String, String>> all = new ArrayList<>();
    strings(parse(json), "", all);
    Set<String> defined = new HashSet<>();
    int uuids = 0;
    for (Map.Entry<String, String> e : all) {
      if (e.getKey().equals("uuid") || e.getKey().endsWith("-uuid")) {
        assertThat(e.getValue()).matches(UUID_V5);
        uuids++;
      }
      if (e.getKey().equals("uuid")) {
        assertThat(defined.add(e.getValue())).as("uuid %s defined once", e.getValue()).isTrue();
      }
    }
    assertThat(uuids).isGreaterThan(10);
  }

  @Test
  void aKnownFindingHasAnObservationAndARiskWithItsActions() {
    EvaluationReport report = SampleReports.report(STARTUP);
    Finding f = report.findings().stream().filter(x -> x.id().equals("fbeaca16ade3db82"))
        .findFirst().orElseThrow();
    assertThat(f.ruleId()).isEqualTo("5.1/no-leadership-evidence");
    JsonNode result = result(parse(SampleReports.write("oscal-ar", STARTUP)));

    String org = report.organization();
    String observationUuid = OscalUuids.of("observation|" + org + "|" + f.id()).toString();
    JsonNode obs = only(result.path("observations"), o -> hasProp(o, "finding-id", f.id()));
    assertThat(obs.path("uuid").asText()).isEqualTo(observationUuid);
    assertThat(obs.path("title").asText()).isEqualTo("5\\.1 No evidence of leadership and commitment");
    assertThat(obs.path("description").asText()).isEqualTo("There is no evidence that top "
        + "management demonstrates leadership and commitment to the AI management system\\.");
    assertThat(obs.path("methods").toString()).isEqualTo("[\"TEST\"]");
    assertThat(obs.path("types").toString()).isEqualTo("[\"finding\"]");
    assertThat(obs.path("collected").asText()).isEqualTo("2026-06-30T00:00:00Z");
    assertThat(hasProp(obs, "rule-id", "5.1/no-leadership-evidence")).isTrue();
    assertThat(hasProp(obs, "severity", "MAJOR")).isTrue();
    assertThat(hasProp(obs, "identity", f.identity())).isTrue();
    JsonNode evidence = obs.path("relevant-evidence").get(0);
    assertThat(evidence.path("href").asText())
        .isEqualTo("samples/startup-beginning-aims.json#/leadership");
    assertThat(hasProp(evidence, "json-pointer", "/leadership")).isTrue();
    assertThat(evidence.path("description").asText()).isEqualTo("The model at `/leadership` in "
        + "`samples/startup-beginning-aims.json`, where it is absent; its nearest parent is at "
        + "line 1, column 1.");
    JsonNode tool = result.path("local-definitions").path("assessment-assets")
        .path("components").get(0);
    assertThat(tool.path("type").asText()).isEqualTo("software");
    assertThat(obs.path("origins").toString()).isEqualTo("[{\"actors\":[{\"type\":\"tool\","
        + "\"actor-uuid\":\"" + tool.path("uuid").asText() + "\"}]}]");
    assertThat(obs.path("links").get(0).path("href").asText())
        .isEqualTo(SampleReports.context(STARTUP).documentationOf(f.ruleId()).orElseThrow());

    JsonNode risk = only(result.path("risks"), r -> hasProp(r, "finding-id", f.id()));
    assertThat(risk.path("uuid").asText())
        .isEqualTo(OscalUuids.of("risk|" + org + "|" + f.id()).toString());
    assertThat(risk.path("status").asText()).isEqualTo("open");
    assertThat(risk.path("statement").asText()).isEqualTo(
        "A major nonconformity with ISO/IEC 42001 5\\.1 (Leadership and commitment).");
    assertThat(risk.path("related-observations").toString())
        .isEqualTo("[{\"observation-uuid\":\"" + observationUuid + "\"}]");
    JsonNode remediations = risk.path("remediations");
    assertThat(remediations).hasSize(1);
    JsonNode action = remediations.get(0);
    assertThat(action.path("lifecycle").asText()).isEqualTo("recommendation");
    assertThat(action.path("title").asText()).isEqualTo("Recommended action 1 of 1");
    assertThat(action.path("description").asText()).isEqualTo("Have top management demonstrate "
        + "each aspect of leadership \\(policy and objectives, integration into processes, "
        + "resources, communication, intended results, direction and support of people, "
        + "continual improvement, support of other managers\\) and keep the evidence "
        + "\\(leadership\\.commitments\\)\\.");
    assertThat(action.path("uuid").asText()).matches(UUID_V5);
  }

  @Test
  void aNonconformingRequirementIsNotSatisfiedAndAConformingOneSatisfied() {
    EvaluationReport report = SampleReports.report(STARTUP);
    assertThat(report.requirement("5.1").orElseThrow().status())
        .isEqualTo(RequirementStatus.NONCONFORMING);
    JsonNode result = result(parse(SampleReports.write("oscal-ar", STARTUP)));
    JsonNode finding = only(result.path("findings"),
        x -> x.path("target").path("target-id").asText().equals("iso42001_5.1_obj"));
    assertThat(finding.path("target").toString()).isEqualTo("{\"type\":\"objective-id\","
        + "\"target-id\":\"iso42001_5.1_obj\",\"status\":{\"state\":\"not-satisfied\","
        + "\"reason\":\"fail\"}}");
    String org = report.organization();
    assertThat(finding.path("uuid").asText())
        .isEqualTo(OscalUuids.of("finding|" + org + "|5.1").toString());
    assertThat(finding.path("related-observations").toString()).contains(
        OscalUuids.of("observation|" + org + "|fbeaca16ade3db82").toString());
    assertThat(finding.path("related-risks").toString()).contains(
        OscalUuids.of("risk|" + org + "|fbeaca16ade3db82").toString());

    RequirementResult conforming = report.requirements().stream()
        .filter(r -> r.status() == RequirementStatus.CONFORMING).findFirst().orElseThrow();
    JsonNode satisfied = only(result.path("findings"), x -> hasProp(x, "requirement",
        conforming.ref()));
    assertThat(satisfied.path("target").path("status").toString())
        .isEqualTo("{\"state\":\"satisfied\",\"reason\":\"pass\"}");

    // Every sub-clause and control that applies is a reviewed control; those that do not are excluded.
    JsonNode selection = result.path("reviewed-controls").path("control-selections").get(0);
    assertThat(selection.path("include-controls").toString())
        .contains("{\"control-id\":\"iso42001_5.1\",\"statement-ids\":[\"iso42001_5.1-a\"");
    long applicable = report.requirements().stream().filter(r -> !r.kind().equals("OBLIGATION")
        && r.status() != RequirementStatus.NOT_APPLICABLE).count();
    assertThat(selection.path("include-controls")).hasSize((int) applicable);
    // An obligation that does not apply is no statement in scope.
    report.requirements().stream().filter(r -> r.kind().equals("OBLIGATION")
        && r.status() == RequirementStatus.NOT_APPLICABLE).forEach(r ->
            assertThat(selection.toString()).doesNotContain("\"iso42001_" + r.ref() + "\""));
  }

  @Test
  void hostileStringsStayInertAndWaiversAndBaselinesShow() {
    EvaluationReport hostile = OscalMarkdownFixtures.hostileCopy(SampleReports.report(STARTUP));
    String json = SampleReports.write("oscal-ar", hostile, SampleReports.context(STARTUP));
    JsonNode doc = parse(json);
    assertThat(schema.validate(doc)).isEmpty();
    List<Map.Entry<String, String>> all = new ArrayList<>();
    strings(doc, "", all);
    Set<String> markup = Set.of("title", "description", "remarks", "statement");
    for (Map.Entry<String, String> e : all) {
      assertThat(e.getValue()).doesNotContain("\u001b").doesNotContain("\u202e")
          .doesNotContain("\u202c");
      if (markup.contains(e.getKey())) {
        String outsideCode = e.getValue().replaceAll("(`+)(?!`).*?(?<!`)\\1(?!`)", "");
        assertThat(outsideCode).as(e.getKey()).doesNotContain("<").doesNotContain("](")
            .doesNotContain("![").doesNotContainPattern("(?<!\\\\)://").doesNotContain("www.");
        assertThat(outsideCode).as(e.getKey()).doesNotContainPattern("(?<!\\\\)\\[");
      }
    }
    assertThat(json).contains("&lt;script&gt;alert\\\\(1\\\\)&lt;/script&gt;");
    JsonNode result = result(doc);
    assertThat(result.path("observations").get(0).path("relevant-evidence").get(0)
        .path("href").asText()).startsWith("samples/startup-beginning-aims.json#/x/%3Cscript%3E");

    // The second and fifth findings are waived (see OscalMarkdownFixtures.hostileCopy); the risk of a
    // waived nonconformity is an approved deviation until the waiver's expiry.
    Finding waived = hostile.findings().get(1);
    JsonNode obs = only(result.path("observations"), o -> hasProp(o, "finding-id", waived.id()));
    assertThat(hasProp(obs, "waived", "true")).isTrue();
    assertThat(hasProp(obs, "baseline", "UNCHANGED")).isTrue();
    assertThat(obs.path("remarks").asText()).contains("Waived: Accepted &lt;script&gt;");
    Finding waivedNonconformity = hostile.findings().stream()
        .filter(f -> f.isWaived() && f.isNonconformity()).findFirst().orElseThrow();
    JsonNode risk = only(result.path("risks"),
        r -> hasProp(r, "finding-id", waivedNonconformity.id()));
    assertThat(risk.path("status").asText()).isEqualTo("deviation-approved");
    assertThat(risk.path("deadline").asText()).isEqualTo("2026-12-31T00:00:00Z");
    assertThat(risk.path("risk-log").path("entries").get(0).path("status-change").asText())
        .isEqualTo("deviation-approved");
    assertThat(hasProp(result, "fixed-count", "1")).isTrue();
    assertThat(result.path("remarks").asText()).contains("Fixed &lt;script&gt;");
  }

  @Test
  void aReportWithoutFindingsOrSourceIsValid() {
    EvaluationReport empty = OscalMarkdownFixtures.report("Empty Ltd", List.of(), List.of(), null);
    JsonNode doc = parse(SampleReports.write("oscal-ar", empty, WriteContext.NONE));
    assertThat(schema.validate(doc)).isEmpty();
    assertThat(result(doc).has("observations")).isFalse();
  }
}
