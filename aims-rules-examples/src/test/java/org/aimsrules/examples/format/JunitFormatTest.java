package org.aimsrules.examples.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.Waiver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML writer: valid against junit-10.xsd, a case per requirement, inert, deterministic. */
class JunitFormatTest {
  static final String SAMPLE = SarifFormatTest.SAMPLE;
  static final String HOSTILE = SarifFormatTest.HOSTILE + " ]]> <!-- & \uD800 \uFFFE";
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    schema = factory.newSchema(JunitFormatTest.class.getResource("/schemas/junit-10.xsd"));
  }

  static List<String> samples() {
    return SampleReports.samples();
  }

  static void assertValid(String xml) throws Exception {
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> elements(Document d, String name) {
    NodeList nodes = d.getElementsByTagName(name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = e.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element c && c.getTagName().equals(name)) {
        out.add(c);
      }
    }
    return out;
  }

  static Element testCase(Document d, String ref) {
    return elements(d, "testcase").stream()
        .filter(c -> c.getAttribute("name").startsWith(ref + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no case " + ref));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleIsValidAndItsCountsAreItsCases(String sample) throws Exception {
    String xml = SampleReports.write("junit", sample);
    assertValid(xml);
    Document d = parse(xml);
    Element root = d.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    List<Element> cases = elements(d, "testcase");
    long failed = cases.stream().filter(c -> !children(c, "failure").isEmpty()).count();
    long skipped = cases.stream().filter(c -> !children(c, "skipped").isEmpty()).count();
    assertThat(root.getAttribute("tests")).isEqualTo(Integer.toString(cases.size()));
    assertThat(root.getAttribute("failures")).isEqualTo(Long.toString(failed));
    assertThat(root.getAttribute("errors")).isEqualTo("0");
    assertThat(root.getAttribute("time")).isEqualTo("0");
    long suiteSkipped = 0;
    for (Element suite : elements(d, "testsuite")) {
      List<Element> own = children(suite, "testcase");
      assertThat(suite.getAttribute("tests")).isEqualTo(Integer.toString(own.size()));
      assertThat(suite.getAttribute("failures")).isEqualTo(Long.toString(
          own.stream().filter(c -> !children(c, "failure").isEmpty()).count()));
      assertThat(suite.getAttribute("skipped")).isEqualTo(Long.toString(
          own.stream().filter(c -> !children(c, "skipped").isEmpty()).count()));
      assertThat(suite.getAttribute("timestamp")).isEqualTo("2026-06-30T00:00:00");
      suiteSkipped += Long.parseLong(suite.getAttribute("skipped"));
      for (Element c : own) {
        assertThat(c.getAttribute("classname")).isEqualTo(suite.getAttribute("name"));
      }
    }
    assertThat(suiteSkipped).isEqualTo(skipped);
    // A case per sub-clause and per control; obligations are folded into their sub-clause.
    EvaluationReport report = SampleReports.report(sample);
    long subclausesAndControls = report.requirements().stream()
        .filter(r -> !r.kind().equals("OBLIGATION")).count();
    assertThat(cases).hasSize((int) subclausesAndControls);
    // Suites: clauses 4 to 10, then Annex A groups A.2 to A.10.
    assertThat(elements(d, "testsuite").stream().map(s -> s.getAttribute("name")).toList())
        .containsExactly("iso42001.clause-4", "iso42001.clause-5", "iso42001.clause-6",
            "iso42001.clause-7", "iso42001.clause-8", "iso42001.clause-9", "iso42001.clause-10",
            "iso42001.annex-a-2", "iso42001.annex-a-3", "iso42001.annex-a-4", "iso42001.annex-a-5",
            "iso42001.annex-a-6", "iso42001.annex-a-7", "iso42001.annex-a-8", "iso42001.annex-a-9",
            "iso42001.annex-a-10");
  }

  @Test
  void aNonconformingRequirementIsAFailureNamingItsFindingsRules() throws Exception {
    EvaluationReport report = SampleReports.report(SAMPLE);
    RequirementResult a22 = report.requirement("A.2.2").orElseThrow();
    assertThat(a22.status()).isEqualTo(RequirementStatus.NONCONFORMING);
    Finding f = report.findingsOf("A.2.2/policy-does-not-cover-use").get(0);
    Document d = parse(SampleReports.write("junit", SAMPLE));
    Element c = testCase(d, "A.2.2");
    assertThat(c.getAttribute("name")).isEqualTo(
        "A.2.2 " + Iso42001.catalog().requirement("A.2.2").orElseThrow().title());
    assertThat(c.getAttribute("classname")).isEqualTo("iso42001.annex-a-2");
    List<Element> failures = children(c, "failure");
    assertThat(failures).hasSize(1);
    Element failure = failures.get(0);
    assertThat(failure.getAttribute("type")).isEqualTo("MINOR");
    assertThat(failure.getAttribute("message")).contains("MINOR " + f.ruleId());
    assertThat(failure.getTextContent())
        .contains("MINOR " + f.ruleId() + " (finding " + f.id() + ")")
        .contains("at /aiPolicy/coversUse (samples/startup-beginning-aims.json:")
        .contains(f.message())
        .contains(f.recommendedActions().get(0));

    Element context = children(testCase(d, "4.1"), "failure").get(0);
    assertThat(context.getTextContent()).contains("at /context/climateChange (absent; its nearest "
        + "existing parent /context is at samples/startup-beginning-aims.json:37:");

    // 5.2 is escalated: a MAJOR failure naming the escalation rule and the minors it stands for.
    Element policy = testCase(d, "5.2");
    Element major = children(policy, "failure").get(0);
    assertThat(major.getAttribute("type")).isEqualTo("MAJOR");
    assertThat(major.getAttribute("message")).contains(Finding.ESCALATION_RULE_ID);
    assertThat(major.getTextContent()).contains("stands for MINOR 5.2/");
  }

  @Test
  void notApplicableAndNotAutomatedAreSkippedWithTheirReasonAndNotEvidencedFails()
      throws Exception {
    EvaluationReport report = SampleReports.report(SAMPLE);
    Document d = parse(SampleReports.write("junit", SAMPLE));
    int checked = 0;
    for (RequirementResult r : report.requirements()) {
      if (r.kind().equals("OBLIGATION")) {
        continue;
      }
      Element c = testCase(d, r.ref());
      switch (r.status()) {
        case NOT_APPLICABLE, NOT_AUTOMATED -> {
          Element skipped = children(c, "skipped").get(0);
          assertThat(skipped.getAttribute("type")).isEqualTo(r.status().name());
          assertThat(skipped.getAttribute("message")).endsWith(r.reason());
          checked++;
        }
        case NOT_EVIDENCED -> {
          Element failure = children(c, "failure").get(0);
          assertThat(failure.getAttribute("type")).isEqualTo("NOT_EVIDENCED");
          assertThat(failure.getAttribute("message")).contains(r.reason());
          checked++;
        }
        case CONFORMING -> assertThat(children(c, "failure")).isEmpty();
        default -> { }
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void anObligationNotEvidencedFailsItsConformingSubclause() throws Exception {
    EvaluationReport report = SampleReports.report(SAMPLE);
    RequirementResult sub = report.requirements().stream()
        .filter(r -> r.kind().equals("SUBCLAUSE") && r.status() == RequirementStatus.CONFORMING)
        .filter(r -> report.requirements().stream()
            .anyMatch(o -> o.ref().startsWith(r.ref() + "-")))
        .findFirst().orElseThrow();
    RequirementResult obligation = report.requirements().stream()
        .filter(o -> o.kind().equals("OBLIGATION") && o.ref().startsWith(sub.ref() + "-"))
        .findFirst().orElseThrow();
    List<RequirementResult> requirements = new ArrayList<>(report.requirements());
    requirements.replaceAll(r -> r != obligation ? r : new RequirementResult(r.ref(), r.kind(),
        r.title(), RequirementStatus.NOT_EVIDENCED, true, "nothing recorded", List.of()));
    EvaluationReport changed = new EvaluationReport(report.reportVersion(), report.generator(),
        report.catalog(), report.organization(), report.asOf(), report.summary(),
        report.findings(), requirements, report.controls(), report.waivers(), report.baseline());
    String xml = SampleReports.write("junit", changed, SampleReports.context(SAMPLE));
    assertValid(xml);
    Element failure = children(testCase(parse(xml), sub.ref()), "failure").get(0);
    assertThat(failure.getAttribute("type")).isEqualTo("NOT_EVIDENCED");
    assertThat(failure.getAttribute("message"))
        .isEqualTo("not evidenced: obligation " + obligation.ref() + ": nothing recorded");
    assertThat(children(testCase(parse(SampleReports.write("junit", SAMPLE)), sub.ref()),
        "failure")).isEmpty();
  }

  @Test
  void aWaivedFindingMakesNoFailureAndIsMentioned() throws Exception {
    EvaluationReport report = SampleReports.report(SAMPLE);
    Finding target = report.findingsOf("A.2.2/policy-does-not-cover-use").get(0);
    assertThat(report.requirement("A.2.2").orElseThrow().findings()).containsExactly(target.id());
    Waiver waiver = new Waiver(target.ruleId(), target.id(), null, "Covered elsewhere.",
        "ciso@example.org", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31));
    EvaluationReport changed = org.aimsrules.catalog.Iso42001.evaluator().evaluate(
        org.aimsrules.core.io.AimsModelReader.create().read(SampleReports.sampleBytes(SAMPLE)),
        org.aimsrules.core.engine.EvaluationOptions.builder().asOf(SampleReports.AS_OF)
            .waivers(List.of(waiver)).build());
    assertThat(changed.findingsOf(target.ruleId())).containsExactly(target.withWaiver(waiver));
    String xml = SampleReports.write("junit", changed, SampleReports.context(SAMPLE));
    assertValid(xml);
    Element c = testCase(parse(xml), "A.2.2");
    assertThat(children(c, "failure")).isEmpty();
    assertThat(children(c, "system-out").get(0).getTextContent())
        .contains("Waived findings (not counted):")
        .contains(target.ruleId())
        .contains("approved by ciso@example.org on 2026-05-01: Covered elsewhere.");
  }

  @Test
  void hostileStringsGiveWellFormedValidXml() throws Exception {
    EvaluationReport report = SampleReports.report(SAMPLE);
    Finding target = report.findingsOf("A.2.2/policy-does-not-cover-use").get(0);
    Finding other = report.findingsOf("9.2.2/no-internal-audit").get(0);
    EvaluationReport changed = SarifFormatTest.withFindings(report, list -> {
      list.replaceAll(f -> f == other ? hostileUnwaived(f) : f == target
          ? SarifFormatTest.hostile(f) : f);
      return list;
    }, HOSTILE);
    String xml = SampleReports.write("junit", changed, SampleReports.context(SAMPLE));
    assertValid(xml);
    Document d = parse(xml);
    assertThat(xml).doesNotContain("\u0000", "\u001b", "\u202e", "<script>", "<!-- &");
    assertThat(d.getDocumentElement().getAttribute("name")).contains("<script>");
    Element c = testCase(d, "9.2.2");
    String text = children(c, "failure").get(0).getTextContent();
    assertThat(text).contains("Message <script>alert(1)</script> [x](javascript:alert(1))")
        .contains(" ]]> <!-- & ");
  }

  private static Finding hostileUnwaived(Finding f) {
    return new Finding(f.id(), f.ruleId(), f.requirement(), f.obligations(), f.basis(),
        f.basisRef(), f.isoRequirement(), f.severity(), f.title(), f.subject(), HOSTILE,
        f.identity(), "Message " + HOSTILE, f.facts(), List.of(HOSTILE), f.references(),
        f.escalates(), f.instances(), null, null);
  }

  @Test
  void theSameReportGivesTheSameBytes() {
    EvaluationReport report = SampleReports.report(SAMPLE);
    String a = SampleReports.write("junit", report, SampleReports.context(SAMPLE));
    String b = SampleReports.write("junit", report, WriteContext.NONE);
    String c = SampleReports.write("junit", report, SampleReports.context(SAMPLE));
    assertThat(a).isEqualTo(c).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    assertThat(b).doesNotContain("samples/startup-beginning-aims.json");
  }
}
