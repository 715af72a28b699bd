package org.aimsrules.core.internal.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.aimsrules.core.catalog.RequirementKind;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.format.SourceDocument;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Waiver;

/**
 * The report as JUnit XML (the Surefire/Ant dialect of {@code junit-10.xsd}): a test suite per clause
 * (4 to 10) and per Annex A group (A.2 to A.10), a test case per sub-clause and per control.
 *
 * <ul>
 *   <li>Obligations are folded into their sub-clause: a sub-clause's status already accounts for the
 *       findings against its obligations, and a case per obligation would report each finding
 *       twice. The case lists its obligations that are not conforming; should an obligation be
 *       nonconforming or not evidenced while its sub-clause is conforming, the case takes the
 *       obligation's status (fail closed).
 *   <li>NONCONFORMING: a {@code <failure>} whose type is the gravest severity (MAJOR or MINOR) of the
 *       nonconformities that are not waived; its text gives each finding's rule, location (JSON
 *       Pointer, and line and column when the source document is known), message and recommended
 *       actions. Waived findings decide no status (the report's statuses already leave them out).
 *   <li>NOT_EVIDENCED: a {@code <failure type="NOT_EVIDENCED">}. The library fails closed (missing
 *       evidence is never conformity); a CI gate that went green on a model with empty sections would
 *       defeat that.
 *   <li>NOT_APPLICABLE and NOT_AUTOMATED: {@code <skipped>} with the reason.
 *   <li>Waived findings never make a failure; they are listed in the case's {@code <system-out>},
 *       with observations and opportunities for improvement.
 * </ul>
 *
 * <p>{@code time} is always 0 and {@code timestamp} is the evaluation date at midnight, so the same
 * report gives the same bytes. {@code <testsuites>} carries {@code tests}, {@code failures} and
 * {@code errors} only: {@code junit-10.xsd} allows no {@code skipped} there (each suite has it).
 */
public final class JunitXmlWriter extends FormatWriter {
  /** The prefix of every test case's class name. */
  static final String PACKAGE = "iso42001";
  private static final int MAX_MESSAGE = 1000;

  /** Creates the writer. */
  public JunitXmlWriter() {
    super("junit", "application/xml", "xml");
  }

  @Override
  public void write(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      OutputStream output) throws IOException {
    List<Suite> suites = suites(report, catalog);
    Map<String, Finding> byId = new HashMap<>();
    index(report.findings(), byId);
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory()
          .createXMLStreamWriter(output, "UTF-8");
      new Document(xml, report, catalog, context, byId).write(suites);
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML", e);
    }
    output.flush();
  }

  private static void index(List<Finding> findings, Map<String, Finding> byId) {
    for (Finding f : findings) {
      byId.putIfAbsent(f.id(), f);
      index(f.instances(), byId);
      index(f.escalates(), byId);
    }
  }

  /** The suite of a requirement ref: {@code clause-9} for 9.2.2-a, {@code annex-a-6} for A.6.2.8. */
  static String suiteOf(String ref) {
    String group = RuleCatalog.groupOf(ref);
    return group.startsWith("A.") ? "annex-a-" + group.substring(2) : "clause-" + group;
  }

  /** Groups the sub-clauses and controls into suites, with each sub-clause's obligations. */
  private static List<Suite> suites(EvaluationReport report, RuleCatalog catalog) {
    Map<String, Suite> suites = new LinkedHashMap<>();
    Map<String, Case> cases = new HashMap<>();
    List<RequirementResult> obligations = new ArrayList<>();
    for (RequirementResult r : report.requirements()) {
      if (RequirementKind.OBLIGATION.name().equals(r.kind())) {
        obligations.add(r);
        continue;
      }
      Case c = new Case(r);
      cases.put(r.ref(), c);
      suites.computeIfAbsent(suiteOf(r.ref()), Suite::new).cases.add(c);
    }
    for (RequirementResult o : obligations) {
      String parent = catalog.requirement(o.ref()).map(q -> q.parent()).orElse(null);
      Case c = parent == null ? null : cases.get(parent);
      if (c != null) {
        c.obligations.add(o);
      } else {
        // An obligation without a known sub-clause is a case of its own.
        Case own = new Case(o);
        suites.computeIfAbsent(suiteOf(o.ref()), Suite::new).cases.add(own);
      }
    }
    return List.copyOf(suites.values());
  }

  /** One test suite. */
  private static final class Suite {
    final String name;
    final List<Case> cases = new ArrayList<>();

    Suite(String name) {
      this.name = name;
    }
  }

  /** One test case: a sub-clause (with its obligations) or a control. */
  private static final class Case {
    final RequirementResult requirement;
    final List<RequirementResult> obligations = new ArrayList<>();

    Case(RequirementResult requirement) {
      this.requirement = requirement;
    }
  }

  /** What a case comes to. */
  private enum Outcome {
    PASSED, FAILED, SKIPPED
  }

  /** The writing of one document; used once. */
  private static final class Document {
    private final XMLStreamWriter xml;
    private final EvaluationReport report;
    private final RuleCatalog catalog;
    private final Optional<SourceDocument> source;
    private final Map<String, Finding> byId;

    Document(XMLStreamWriter xml, EvaluationReport report, RuleCatalog catalog,
        WriteContext context, Map<String, Finding> byId) {
      this.xml = xml;
      this.report = report;
      this.catalog = catalog;
      this.source = context.sourceDocument();
      this.byId = byId;
    }

    void write(List<Suite> suites) throws XMLStreamException {
      List<List<Verdict>> verdicts = new ArrayList<>();
      int tests = 0;
      int failures = 0;
      for (Suite s : suites) {
        List<Verdict> vs = s.cases.stream().map(this::verdict).toList();
        verdicts.add(vs);
        tests += vs.size();
        failures += (int) vs.stream().filter(v -> v.outcome == Outcome.FAILED).count();
      }
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", JunitXmlText.attribute(
          "aims-rules ISO/IEC 42001: " + report.organization(), MAX_MESSAGE));
      xml.writeAttribute("tests", Integer.toString(tests));
      xml.writeAttribute("failures", Integer.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("time", "0");
      for (int i = 0; i < suites.size(); i++) {
        suite(suites.get(i), verdicts.get(i));
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
    }

    private void suite(Suite s, List<Verdict> vs) throws XMLStreamException {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", PACKAGE + "." + s.name);
      xml.writeAttribute("tests", Integer.toString(vs.size()));
      xml.writeAttribute("failures",
          Long.toString(vs.stream().filter(v -> v.outcome == Outcome.FAILED).count()));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped",
          Long.toString(vs.stream().filter(v -> v.outcome == Outcome.SKIPPED).count()));
      xml.writeAttribute("time", "0");
      xml.writeAttribute("timestamp", report.asOf() + "T00:00:00");
      xml.writeAttribute("package", PACKAGE);
      xml.writeCharacters("\n    ");
      xml.writeStartElement("properties");
      property("organization", report.organization());
      property("asOf", report.asOf().toString());
      property("catalog", report.catalog());
      property("generator", report.generator());
      property("verdict", report.summary().verdict().name());
      if (source.isPresent()) {
        property("source", source.get().uri());
      }
      xml.writeCharacters("\n    ");
      xml.writeEndElement();
      for (Verdict v : vs) {
        testCase(s, v);
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
    }

    private void property(String name, String value) throws XMLStreamException {
      xml.writeCharacters("\n      ");
      xml.writeEmptyElement("property");
      xml.writeAttribute("name", name);
      xml.writeAttribute("value", JunitXmlText.attribute(value, MAX_MESSAGE));
    }

    private void testCase(Suite s, Verdict v) throws XMLStreamException {
      RequirementResult r = v.source.requirement;
      String title = catalog.requirement(r.ref()).map(q -> q.title()).orElse(r.title());
      xml.writeCharacters("\n    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("name", JunitXmlText.attribute(
          title == null ? r.ref() : r.ref() + " " + title, MAX_MESSAGE));
      xml.writeAttribute("classname", PACKAGE + "." + s.name);
      xml.writeAttribute("time", "0");
      if (v.outcome == Outcome.FAILED) {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("failure");
        xml.writeAttribute("message", JunitXmlText.attribute(v.message, MAX_MESSAGE));
        xml.writeAttribute("type", v.type);
        xml.writeCharacters(JunitXmlText.text(v.details));
        xml.writeEndElement();
      } else if (v.outcome == Outcome.SKIPPED) {
        xml.writeCharacters("\n      ");
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", JunitXmlText.attribute(v.message, MAX_MESSAGE));
        xml.writeAttribute("type", v.type);
      }
      if (!v.out.isEmpty()) {
        xml.writeCharacters("\n      ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(JunitXmlText.text(v.out));
        xml.writeEndElement();
      }
      xml.writeCharacters("\n    ");
      xml.writeEndElement();
    }

    /** Decides a case and composes its texts. */
    private Verdict verdict(Case c) {
      RequirementResult r = c.requirement;
      // The findings against the requirement and its obligations, in report order, once each.
      Map<String, Finding> against = new LinkedHashMap<>();
      List<String> ids = new ArrayList<>(r.findings());
      c.obligations.forEach(o -> ids.addAll(o.findings()));
      for (String id : ids) {
        Finding f = byId.get(id);
        if (f != null) {
          against.putIfAbsent(id, f);
        }
      }
      List<Finding> findings = List.copyOf(against.values());
      List<Finding> nonconformities = findings.stream()
          .filter(f -> f.isNonconformity() && !f.isWaived()).toList();
      List<Finding> others = findings.stream()
          .filter(f -> !f.isNonconformity() && !f.isWaived()).toList();
      List<Finding> waived = findings.stream().filter(Finding::isWaived).toList();

      RequirementStatus status = r.status();
      String reason = r.reason();
      if (status == RequirementStatus.CONFORMING) {
        // Fail closed: an obligation not evidenced (or with an open nonconformity) the
        // sub-clause's status does not show decides the case.
        for (RequirementResult o : c.obligations) {
          boolean open = o.findings().stream().map(byId::get)
              .anyMatch(f -> f != null && f.isNonconformity() && !f.isWaived());
          String why = "obligation " + o.ref() + (o.reason() == null ? "" : ": " + o.reason());
          if (o.status() == RequirementStatus.NONCONFORMING && open) {
            status = RequirementStatus.NONCONFORMING;
            reason = why;
            break;
          }
          if (o.status() == RequirementStatus.NOT_EVIDENCED
              && status == RequirementStatus.CONFORMING) {
            status = RequirementStatus.NOT_EVIDENCED;
            reason = why;
          }
        }
      }

      StringBuilder out = new StringBuilder();
      List<String> notConforming = c.obligations.stream()
          .filter(o -> o.status() != RequirementStatus.CONFORMING)
          .map(o -> o.ref() + " " + o.status() + (o.reason() == null ? "" : " (" + o.reason() + ")"))
          .toList();
      if (!notConforming.isEmpty()) {
        out.append("Obligations not conforming:\n");
        notConforming.forEach(o -> out.append("- ").append(o).append('\n'));
      }
      if (!others.isEmpty()) {
        appendSection(out, "Observations and opportunities for improvement:", others);
      }
      if (!waived.isEmpty()) {
        appendSection(out, "Waived findings (not counted):", waived);
      }

      Verdict v = new Verdict(c);
      v.out = out.toString();
      switch (status) {
        case NONCONFORMING -> {
          v.outcome = Outcome.FAILED;
          boolean major = nonconformities.stream().anyMatch(f -> f.severity() == Severity.MAJOR);
          v.type = major ? Severity.MAJOR.name() : Severity.MINOR.name();
          int n = nonconformities.size();
          v.message = n + (n == 1 ? " nonconformity: " : " nonconformities: ")
              + String.join(", ", nonconformities.stream()
                  .map(f -> f.severity() + " " + f.ruleId()).toList());
          StringBuilder d = new StringBuilder();
          for (Finding f : nonconformities) {
            describe(d, f);
          }
          v.details = d.toString();
        }
        case NOT_EVIDENCED -> {
          v.outcome = Outcome.FAILED;
          v.type = RequirementStatus.NOT_EVIDENCED.name();
          v.message = "not evidenced: "
              + (reason == null ? "the model cannot show it is met" : reason);
          StringBuilder d = new StringBuilder(v.message).append('\n');
          for (Finding f : others) {
            describe(d, f);
          }
          v.details = d.toString();
        }
        case NOT_APPLICABLE, NOT_AUTOMATED -> {
          v.outcome = Outcome.SKIPPED;
          v.type = status.name();
          v.message = (status == RequirementStatus.NOT_APPLICABLE ? "not applicable: "
              : "not automated: ") + (reason == null ? "no reason given" : reason);
        }
        default -> v.outcome = Outcome.PASSED;
      }
      return v;
    }

    private void appendSection(StringBuilder out, String heading, List<Finding> findings) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(heading).append('\n');
      for (Finding f : findings) {
        describe(out, f);
      }
    }

    /** A finding as lines of text. */
    private void describe(StringBuilder b, Finding f) {
      b.append('\n').append(f.severity()).append(' ').append(f.ruleId())
          .append(" (finding ").append(f.id()).append(")\n");
      b.append("  at ").append(where(f.subject())).append('\n');
      if (f.message() != null) {
        b.append("  ").append(f.message()).append('\n');
      }
      Waiver w = f.waiver();
      if (w != null) {
        b.append("  waived until ").append(w.expiresOn()).append(", approved by ")
            .append(w.approvedBy()).append(" on ").append(w.approvedOn()).append(": ")
            .append(w.justification()).append('\n');
      }
      if (f.baseline() != null) {
        b.append("  baseline: ").append(f.baseline()).append('\n');
      }
      for (Finding i : f.instances()) {
        b.append("  - instance at ").append(where(i.subject())).append(": ").append(i.message())
            .append('\n');
      }
      for (Finding e : f.escalates()) {
        b.append("  - stands for ").append(e.severity()).append(' ').append(e.ruleId())
            .append(" at ").append(where(e.subject())).append(": ").append(e.message())
            .append('\n');
      }
      if (!f.recommendedActions().isEmpty()) {
        b.append("  Recommended actions:\n");
        for (String a : f.recommendedActions()) {
          b.append("  - ").append(a).append('\n');
        }
      }
    }

    /** A JSON Pointer with the line and column of its value when the source is known. */
    private String where(String pointer) {
      String p = pointer.isEmpty() ? "(document)" : pointer;
      if (source.isEmpty()) {
        return p;
      }
      SourceDocument d = source.get();
      Optional<SourceDocument.Position> at = d.locate(pointer);
      if (at.isEmpty()) {
        return p;
      }
      String place = d.uri() + ":" + at.get().line() + ":" + at.get().column();
      String located = SarifText.located(d, pointer).orElse(pointer);
      if (located.equals(pointer)) {
        return p + " (" + place + ")";
      }
      return p + " (absent; its nearest existing parent "
          + (located.isEmpty() ? "(document)" : located) + " is at " + place + ")";
    }
  }

  /** The outcome and texts of one case. */
  private static final class Verdict {
    final Case source;
    Outcome outcome = Outcome.PASSED;
    String type = "";
    String message = "";
    String details = "";
    String out = "";

    Verdict(Case source) {
      this.source = source;
    }
  }
}
