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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.format.SourceDocument;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.BaselineStatus;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Waiver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SARIF 2.1.0 writer: schema-valid, shaped for GitHub code scanning, inert, deterministic. */
class SarifFormatTest {
  static final String SAMPLE = "startup-beginning-aims";
  static final String HOSTILE = "<script>alert(1)</script> [x](javascript:alert(1)) "
      + "\u001b[31mred\u001b[0m \u202eevil\u0000end";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifFormatTest.class.getResourceAsStream(
        "/schemas/sarif-schema-2.1.0.json")) {
      JsonNode node = MAPPER.readTree(in);
      schema = JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node)).getSchema(node);
    }
  }

  static List<String> samples() {
    return SampleReports.samples();
  }

  static JsonNode parse(String sarif) {
    try {
      return MAPPER.readTree(sarif);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static void assertValid(String sarif) {
    Set<ValidationMessage> errors = schema.validate(parse(sarif));
    assertThat(errors).isEmpty();
  }

  static JsonNode resultOf(JsonNode log, String findingId) {
    for (JsonNode r : log.at("/runs/0/results")) {
      if (findingId.equals(r.at("/partialFingerprints/aimsFindingId~1v1").asText())) {
        return r;
      }
    }
    throw new AssertionError("no result for finding " + findingId);
  }

  /** The report with its findings changed by a function. */
  static EvaluationReport withFindings(EvaluationReport r, UnaryOperator<List<Finding>> change,
      String organization) {
    return new EvaluationReport(r.reportVersion(), r.generator(), r.catalog(), organization,
        r.asOf(), r.summary(), change.apply(new ArrayList<>(r.findings())), r.requirements(),
        r.controls(), r.waivers(), r.baseline());
  }

  static Finding first(EvaluationReport report, String ruleId) {
    return report.findingsOf(ruleId).get(0);
  }

  /** A finding whose every string of the model is hostile. */
  static Finding hostile(Finding f) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("system", HOSTILE);
    return new Finding(f.id(), f.ruleId(), f.requirement(), f.obligations(), f.basis(),
        f.basisRef(), f.isoRequirement(), f.severity(), f.title(), f.subject(), HOSTILE,
        HOSTILE + "#/x", "Message " + HOSTILE, facts, f.recommendedActions(), f.references(),
        f.escalates(), f.instances(),
        new Waiver(f.ruleId(), f.id(), null, "Because " + HOSTILE, HOSTILE,
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), f.baseline());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleIsValidSarifThatCodeScanningTakes(String sample) {
    String sarif = SampleReports.write("sarif", sample);
    assertValid(sarif);
    JsonNode log = parse(sarif);
    assertThat(log.path("$schema").asText()).startsWith("https://");
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("runs").size()).isEqualTo(1);
    JsonNode run = log.at("/runs/0");
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("aims-rules");
    JsonNode rules = run.at("/tool/driver/rules");
    // Every rule of the catalog, and the escalation rule.
    assertThat(rules.size()).isEqualTo(Iso42001.catalog().rules().size() + 1);
    for (JsonNode rule : rules) {
      assertThat(rule.at("/shortDescription/text").asText()).isNotBlank().hasSizeLessThan(1025);
      assertThat(rule.at("/fullDescription/text").asText()).isNotBlank().hasSizeLessThan(1025);
      assertThat(rule.at("/help/text").asText()).isNotBlank();
      assertThat(rule.at("/help/markdown").asText()).isNotBlank();
      assertThat(rule.at("/properties/tags").size()).isBetween(1, 10);
    }
    EvaluationReport report = SampleReports.report(sample);
    JsonNode results = run.path("results");
    assertThat(results.size()).isEqualTo(report.findings().size()).isLessThanOrEqualTo(25_000);
    for (JsonNode r : results) {
      assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText())
          .isEqualTo(r.path("ruleId").asText());
      assertThat(r.at("/message/text").asText()).isNotBlank();
      assertThat(r.path("locations").size()).isEqualTo(1);
      JsonNode physical = r.at("/locations/0/physicalLocation");
      assertThat(physical.at("/artifactLocation/uri").asText())
          .isEqualTo("samples/" + sample + ".json");
      assertThat(physical.at("/region/startLine").asInt()).isPositive();
      assertThat(physical.at("/region/startColumn").asInt()).isPositive();
      assertThat(r.path("relatedLocations").size()).isLessThanOrEqualTo(100);
      assertThat(r.at("/partialFingerprints/aimsFindingId~1v1").asText()).isNotBlank();
    }
    assertThat(run.at("/automationDetails/id").asText())
        .isEqualTo("aims-rules/samples/" + sample + ".json/2026-06-30");
  }

  @Test
  void aKnownFindingIsOneWholeResultAtItsLineInTheSample() {
    EvaluationReport report = SampleReports.report(SAMPLE);
    Finding f = first(report, "A.2.2/policy-does-not-cover-use");
    assertThat(f.subject()).isEqualTo("/aiPolicy/coversUse");
    String text = new String(SampleReports.sampleBytes(SAMPLE), StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    int line = 0;
    int column = 0;
    for (int i = 0; i < lines.length; i++) {
      int at = lines[i].indexOf("\"coversUse\"");
      if (at >= 0) {
        assertThat(line).as("one coversUse in the sample").isZero();
        line = i + 1;
        int colon = lines[i].indexOf(':', at);
        column = colon + 1;
        while (lines[i].charAt(column) == ' ') {
          column++;
        }
        column++;
      }
    }
    JsonNode log = parse(SampleReports.write("sarif", SAMPLE));
    JsonNode r = resultOf(log, f.id());
    JsonNode expected = parse("""
        {
          "ruleId": "A.2.2/policy-does-not-cover-use",
          "ruleIndex": %d,
          "level": "warning",
          "message": {"text": %s},
          "locations": [{
            "physicalLocation": {
              "artifactLocation": {"uri": "samples/startup-beginning-aims.json"},
              "region": {"startLine": %d, "startColumn": %d, "endLine": %d, "endColumn": %d}
            },
            "logicalLocations": [{
              "name": "coversUse", "fullyQualifiedName": "/aiPolicy/coversUse", "kind": "property"
            }]
          }],
          "partialFingerprints": {"aimsFindingId/v1": "%s", "aimsIdentity/v1": "%s"},
          "taxa": [%s]
        }
        """.formatted(ruleIndex(log, f.ruleId()), MAPPER.valueToTree(f.message()), line, column,
        line, column + 1, f.id(), f.identity(), taxa(log, f)));
    expected.fields().forEachRemaining(e -> assertThat(r.get(e.getKey())).as(e.getKey())
        .isEqualTo(e.getValue()));
    assertThat(r.has("suppressions")).isFalse();
    assertThat(r.has("baselineState")).isFalse();
    assertThat(r.at("/properties/severity").asText()).isEqualTo("MINOR");
    assertThat(r.at("/properties/requirement").asText()).isEqualTo("A.2.2");
    assertThat(r.at("/properties/waived").asBoolean()).isFalse();

    JsonNode rule = log.at("/runs/0/tool/driver/rules/" + ruleIndex(log, f.ruleId()));
    assertThat(rule.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(f.title());
    assertThat(rule.at("/helpUri").asText())
        .isEqualTo(Iso42001.ruleDocumentation().apply(f.ruleId()));
    assertThat(rule.at("/relationships/0/target/id").asText()).isEqualTo("A.2.2");
    JsonNode taxon = log.at("/runs/0/taxonomies/0/taxa/"
        + rule.at("/relationships/0/target/index").asInt());
    assertThat(taxon.path("id").asText()).isEqualTo("A.2.2");
    assertThat(taxon.path("name").asText())
        .isEqualTo(Iso42001.catalog().requirement("A.2.2").orElseThrow().title());
  }

  @Test
  void aSubjectAbsentFromTheDocumentIsLocatedAtItsNearestExistingParent() {
    EvaluationReport report = SampleReports.report(SAMPLE);
    Finding f = first(report, "4.1/climate-change-not-determined");
    assertThat(f.subject()).isEqualTo("/context/climateChange");
    String text = new String(SampleReports.sampleBytes(SAMPLE), StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\"climateChange\"");
    List<String> lines = List.of(text.split("\n", -1));
    int contextLine = lines.indexOf("  \"context\": {") + 1;
    assertThat(contextLine).isPositive();
    JsonNode r = resultOf(parse(SampleReports.write("sarif", SAMPLE)), f.id());
    JsonNode location = r.at("/locations/0");
    assertThat(location.at("/physicalLocation/region/startLine").asInt()).isEqualTo(contextLine);
    assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("/context/climateChange");
    assertThat(location.at("/message/text").asText()).isEqualTo("Absent from the document; the "
        + "region is where its nearest existing parent, /context, starts.");
  }

  private static int ruleIndex(JsonNode log, String ruleId) {
    JsonNode rules = log.at("/runs/0/tool/driver/rules");
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).path("id").asText().equals(ruleId)) {
        return i;
      }
    }
    throw new AssertionError(ruleId);
  }

  private static String taxa(JsonNode log, Finding f) {
    JsonNode taxa = log.at("/runs/0/taxonomies/0/taxa");
    List<String> refs = new ArrayList<>();
    refs.add(f.requirement());
    refs.addAll(f.obligations());
    List<String> out = new ArrayList<>();
    for (String ref : refs) {
      for (int i = 0; i < taxa.size(); i++) {
        if (taxa.get(i).path("id").asText().equals(ref)) {
          out.add("{\"id\": \"%s\", \"index\": %d, \"toolComponent\": {\"name\": \"ISO/IEC 42001\", \"index\": 0}}"
              .formatted(ref, i));
        }
      }
    }
    return String.join(", ", out);
  }

  @Test
  void aMajorIsAnErrorAndASystemicFindingIsOneResultWithItsInstancesAsRelatedLocations() {
    EvaluationReport report = SampleReports.report(SAMPLE);
    Finding systemic = first(report, "6.1.4/impact-assessment-missing");
    assertThat(systemic.isSystemic()).isTrue();
    JsonNode log = parse(SampleReports.write("sarif", SAMPLE));
    JsonNode r = resultOf(log, systemic.id());
    assertThat(r.path("level").asText()).isEqualTo("error");
    assertThat(r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("/aiSystems");
    assertThat(r.path("relatedLocations").size()).isEqualTo(systemic.instances().size());
    for (int i = 0; i < systemic.instances().size(); i++) {
      JsonNode related = r.path("relatedLocations").get(i);
      assertThat(related.path("id").asInt()).isEqualTo(i + 1);
      assertThat(related.at("/logicalLocations/0/fullyQualifiedName").asText())
          .isEqualTo(systemic.instances().get(i).subject());
      assertThat(related.at("/logicalLocations/0/kind").asText()).isEqualTo("value");
    }
    // Instances are not results of their own.
    for (Finding i : systemic.instances()) {
      for (JsonNode other : log.at("/runs/0/results")) {
        assertThat(other.at("/partialFingerprints/aimsFindingId~1v1").asText())
            .isNotEqualTo(i.id());
      }
    }
    Finding escalation = first(report, Finding.ESCALATION_RULE_ID);
    JsonNode e = resultOf(log, escalation.id());
    assertThat(e.path("level").asText()).isEqualTo("error");
    assertThat(e.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1);
    assertThat(e.path("relatedLocations").size()).isEqualTo(escalation.escalates().size());
  }

  @Test
  void aWaivedFindingIsSuppressedAndANewOneHasItsBaselineState() {
    EvaluationReport report = SampleReports.report(SAMPLE);
    Finding target = first(report, "A.2.2/policy-does-not-cover-use");
    Finding other = first(report, "9.2.2/no-internal-audit");
    Waiver waiver = new Waiver(target.ruleId(), target.id(), null,
        "Use is covered by the acceptable-use annex.", "ciso@example.org",
        LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31));
    EvaluationReport changed = withFindings(report, list -> {
      list.replaceAll(f -> f == target ? f.withWaiver(waiver).withBaseline(BaselineStatus.UNCHANGED)
          : f == other ? f.withBaseline(BaselineStatus.NEW) : f);
      return list;
    }, report.organization());
    String sarif = SampleReports.write("sarif", changed, SampleReports.context(SAMPLE));
    assertValid(sarif);
    JsonNode log = parse(sarif);
    JsonNode r = resultOf(log, target.id());
    assertThat(r.path("suppressions")).isEqualTo(parse("""
        [{"kind": "external", "status": "accepted",
          "justification": "Use is covered by the acceptable-use annex.",
          "properties": {"approvedBy": "ciso@example.org", "approvedOn": "2026-05-01",
            "expiresOn": "2026-12-31", "findingId": "%s"}}]
        """.formatted(target.id())));
    assertThat(r.path("baselineState").asText()).isEqualTo("unchanged");
    assertThat(r.at("/properties/waived").asBoolean()).isTrue();
    assertThat(r.path("level").asText()).isEqualTo("warning");
    JsonNode n = resultOf(log, other.id());
    assertThat(n.path("baselineState").asText()).isEqualTo("new");
    assertThat(n.has("suppressions")).isFalse();
  }

  @Test
  void hostileStringsStayInert() {
    EvaluationReport report = SampleReports.report(SAMPLE);
    Finding target = first(report, "A.2.2/policy-does-not-cover-use");
    EvaluationReport changed = withFindings(report, list -> {
      list.replaceAll(f -> f == target ? hostile(f) : f);
      return list;
    }, "Org " + HOSTILE);
    String sarif = SampleReports.write("sarif", changed, SampleReports.context(SAMPLE));
    assertValid(sarif);
    // The bytes hold no raw control, bidi or markup character.
    assertThat(sarif).doesNotContain("\u001b", "\u202e", "\u0000", "<script>", "<", ">");
    JsonNode log = parse(sarif);
    JsonNode r = resultOf(log, target.id());
    String message = r.at("/message/text").asText();
    // No embedded link: every bracket escaped; controls and bidi replaced.
    assertThat(message).isEqualTo("Message <script>alert(1)</script> \\[x\\](javascript:alert(1)) "
        + "\uFFFD\\[31mred\uFFFD\\[0m \uFFFDevil\uFFFDend");
    assertThat(r.at("/suppressions/0/justification").asText()).doesNotContain("\u001b", "\u202e");
    // Values that must stay exact round-trip through the JSON escapes.
    assertThat(r.at("/properties/facts/system").asText()).isEqualTo(HOSTILE);
    assertThat(r.at("/properties/entityId").asText()).isEqualTo(HOSTILE);
    assertThat(r.at("/partialFingerprints/aimsIdentity~1v1").asText()).isEqualTo(HOSTILE + "#/x");
    assertThat(log.at("/runs/0/properties/organization").asText()).isEqualTo("Org " + HOSTILE);
  }

  @Test
  void aSourcePathWithSpacesIsPercentEncoded() {
    WriteContext context = new WriteContext(
        SourceDocument.of("my models/startup #1.json", SampleReports.sampleBytes(SAMPLE)),
        Iso42001.ruleDocumentation());
    String sarif = SampleReports.write("sarif", SampleReports.report(SAMPLE), context);
    assertValid(sarif);
    assertThat(parse(sarif).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri")
        .asText()).isEqualTo("my%20models/startup%20%231.json");
  }

  @Test
  void theSameReportGivesTheSameBytes() {
    EvaluationReport report = SampleReports.report(SAMPLE);
    String a = SampleReports.write("sarif", report, SampleReports.context(SAMPLE));
    String b = SampleReports.write("sarif", report, SampleReports.context(SAMPLE));
    assertThat(a).isEqualTo(b).endsWith("}\n");
  }

  @Test
  void withoutASourceDocumentAResultHasItsLogicalLocationOnly() {
    EvaluationReport report = SampleReports.report(SAMPLE);
    String sarif = SampleReports.write("sarif", report, WriteContext.NONE);
    assertValid(sarif);
    JsonNode log = parse(sarif);
    for (JsonNode r : log.at("/runs/0/results")) {
      assertThat(r.at("/locations/0").has("physicalLocation")).isFalse();
      assertThat(r.at("/locations/0/logicalLocations/0").has("fullyQualifiedName")).isTrue();
    }
    assertThat(log.at("/runs/0/automationDetails/id").asText()).isEqualTo("aims-rules/2026-06-30");
    assertThat(log.at("/runs/0/tool/driver/rules/0").has("helpUri")).isFalse();
  }
}
