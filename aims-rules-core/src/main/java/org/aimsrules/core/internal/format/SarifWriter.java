package org.aimsrules.core.internal.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RequirementKind;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.format.SourceDocument;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.internal.Json;
import org.aimsrules.core.report.Baseline;
import org.aimsrules.core.report.BaselineComparison;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Reference;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Waiver;

/**
 * The report as SARIF 2.1.0, for code scanning: one run whose results are the report's top-level
 * findings, shaped so that GitHub code scanning accepts the file as it is when a source document is
 * known.
 *
 * <ul>
 *   <li>{@code tool.driver.rules}: every rule of the catalog, in catalog order, then the escalation
 *       rule (and a bare descriptor for any other rule id a finding names), so rule indices do not
 *       depend on the findings.
 *   <li>{@code taxonomies}: one taxonomy, {@value #TAXONOMY}, whose taxa are the catalog's
 *       requirements (sub-clauses, obligations, controls) with their catalog titles; rules and
 *       results refer to them.
 *   <li>results: one per top-level finding. A systemic finding is one result located at the pointer
 *       its instances share; each instance is a related location (at most {@value
 *       #MAX_RELATED_LOCATIONS}), and so is each minor finding an escalated major stands for.
 *   <li>locations: the finding's JSON Pointer as a logical location (kind {@code property} for a
 *       member, {@code value} for an array element, {@code object} for the document, the JSON kinds
 *       of SARIF 2.1.0 section 3.33.7) and, when the source document is known, a physical location
 *       at the line and column of the pointer's value (or of its nearest existing parent). Without a
 *       source document a result has the logical location only, which code scanning does not accept.
 *   <li>waived findings: a result with an external, accepted suppression.
 *   <li>no time stamps and no random ids: the same report gives the same bytes.
 * </ul>
 */
public final class SarifWriter extends FormatWriter {
  /** The {@code $schema} of the output: the OASIS SARIF 2.1.0 schema (errata 01). */
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  /** The name of the taxonomy of requirements. */
  static final String TAXONOMY = "ISO/IEC 42001";
  /** The tool's name. */
  static final String TOOL = "aims-rules";
  /** Where the tool is documented. */
  static final String TOOL_URI = "https://github.com/aims-rules/aims-rules";
  /** The key of the finding id in {@code partialFingerprints}. */
  static final String FINDING_ID_FINGERPRINT = "aimsFindingId/v1";
  /** The key of the finding identity in {@code partialFingerprints}. */
  static final String IDENTITY_FINGERPRINT = "aimsIdentity/v1";
  /** Code scanning keeps at most 100 locations per result (and rejects more than 1,000). */
  static final int MAX_RELATED_LOCATIONS = 100;
  /** Code scanning's limit on rule descriptions. */
  private static final int MAX_DESCRIPTION = 1024;
  /** Code scanning's limit on rule names. */
  private static final int MAX_NAME = 255;
  /** Code scanning keeps at most 10 tags per rule (and rejects more than 20). */
  private static final int MAX_TAGS = 10;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER =
      Json.prettyWriter(MAPPER).with(SarifText.JSON_ESCAPES);

  /** Creates the writer. */
  public SarifWriter() {
    super("sarif", "application/sarif+json", "sarif");
  }

  @Override
  public void write(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      OutputStream output) throws IOException {
    JsonNode log = new Run(report, catalog, context).log();
    output.write((WRITER.writeValueAsString(log) + "\n").getBytes(StandardCharsets.UTF_8));
    output.flush();
  }

  /** The SARIF level of a severity: error, warning or note. */
  static String level(Severity severity) {
    switch (severity) {
      case MAJOR:
        return "error";
      case MINOR:
        return "warning";
      default:
        return "note";
    }
  }

  /** The building of one log; not thread-safe, used once. */
  private static final class Run {
    private final EvaluationReport report;
    private final RuleCatalog catalog;
    private final WriteContext context;
    private final Optional<SourceDocument> source;
    private final Map<String, Integer> taxonIndex = new LinkedHashMap<>();
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();

    Run(EvaluationReport report, RuleCatalog catalog, WriteContext context) {
      this.report = report;
      this.catalog = catalog;
      this.context = context;
      this.source = context.sourceDocument();
      int i = 0;
      for (Requirement r : catalog.requirements()) {
        taxonIndex.put(r.ref(), i++);
      }
    }

    JsonNode log() {
      ObjectNode log = NODES.objectNode();
      log.put("$schema", SCHEMA);
      log.put("version", "2.1.0");
      ObjectNode run = log.putArray("runs").addObject();
      ObjectNode driver = run.putObject("tool").putObject("driver");
      driver.put("name", TOOL);
      driver.put("version", version());
      driver.put("informationUri", TOOL_URI);
      ArrayNode rules = driver.putArray("rules");
      driver.putArray("supportedTaxonomies").addObject().put("name", TAXONOMY).put("index", 0);
      for (RuleMetadata m : catalog.rules()) {
        ruleIndex.put(m.id(), rules.size());
        rules.add(rule(m));
      }
      ruleIndex.put(Finding.ESCALATION_RULE_ID, rules.size());
      rules.add(escalationRule());
      for (Finding f : report.findings()) {
        if (!ruleIndex.containsKey(f.ruleId())) {
          ruleIndex.put(f.ruleId(), rules.size());
          rules.add(unknownRule(f));
        }
      }
      run.putArray("taxonomies").add(taxonomy());
      run.putArray("invocations").addObject().put("executionSuccessful", true);
      run.putObject("automationDetails").put("id", automationId());
      run.put("columnKind", "utf16CodeUnits");
      ArrayNode results = run.putArray("results");
      for (Finding f : report.findings()) {
        results.add(result(f));
      }
      run.set("properties", runProperties());
      return log;
    }

    /** The library version, from the report's generator ("aims-rules 1.2.3"). */
    private String version() {
      String g = report.generator() == null ? "" : report.generator().trim();
      int space = g.lastIndexOf(' ');
      String v = space >= 0 ? g.substring(space + 1) : g;
      return v.isEmpty() ? "unknown" : SarifText.clean(v);
    }

    /**
     * The run's automation id, {@code category/run-id} for code scanning: the category names the
     * tool and the evaluated document (two models of one repository are two analyses that must not
     * replace each other's alerts) and stays the same from one evaluation date to the next; the
     * run id is the evaluation date.
     */
    private String automationId() {
      String category = TOOL + source.map(s -> "/" + SarifText.clean(s.uri())).orElse("");
      return category + "/" + report.asOf();
    }

    private ObjectNode taxonomy() {
      ObjectNode t = NODES.objectNode();
      t.put("name", TAXONOMY);
      t.put("version", "2023");
      t.put("organization", "ISO/IEC");
      t.put("isComprehensive", false);
      t.putObject("shortDescription").put("text",
          "Requirements of ISO/IEC 42001:2023 as the catalog " + catalog.id() + " "
              + catalog.version() + " lists them: sub-clauses of clauses 4 to 10, their "
              + "obligations, and the Annex A controls.");
      ArrayNode taxa = t.putArray("taxa");
      for (Requirement r : catalog.requirements()) {
        ObjectNode taxon = taxa.addObject();
        taxon.put("id", r.ref());
        if (r.kind() != RequirementKind.OBLIGATION) {
          taxon.put("name", SarifText.truncate(SarifText.clean(r.title()), MAX_NAME));
        }
        taxon.putObject("shortDescription")
            .put("text", SarifText.truncate(SarifText.clean(r.title()), MAX_DESCRIPTION));
        if (r.parent() != null && taxonIndex.containsKey(r.parent())) {
          ArrayNode rel = taxon.putArray("relationships");
          rel.add(relationship(r.parent(), "subset"));
        }
        ObjectNode props = taxon.putObject("properties");
        props.put("kind", r.kind().name());
        if (r.documentedInformation() != null) {
          props.put("documentedInformation", r.documentedInformation());
        }
      }
      return t;
    }

    /** A relationship to a taxon. */
    private ObjectNode relationship(String ref, String kind) {
      ObjectNode rel = NODES.objectNode();
      rel.set("target", taxonReference(ref));
      rel.putArray("kinds").add(kind);
      return rel;
    }

    private ObjectNode taxonReference(String ref) {
      ObjectNode target = NODES.objectNode();
      target.put("id", ref);
      target.put("index", taxonIndex.get(ref));
      target.putObject("toolComponent").put("name", TAXONOMY).put("index", 0);
      return target;
    }

    private ObjectNode rule(RuleMetadata m) {
      ObjectNode r = NODES.objectNode();
      r.put("id", m.id());
      r.put("name", name(m.id()));
      r.putObject("shortDescription").put("text", SarifText.truncate(m.title(), MAX_DESCRIPTION));
      String full = m.trigger() != null ? m.trigger() : m.title();
      r.putObject("fullDescription").put("text", SarifText.truncate(full, MAX_DESCRIPTION));
      r.putObject("defaultConfiguration").put("level", level(m.severity()));
      context.documentationOf(m.id()).ifPresent(uri -> r.put("helpUri", uri));
      ObjectNode help = r.putObject("help");
      help.put("text", helpText(m));
      help.put("markdown", helpMarkdown(m));
      Set<String> targets = new LinkedHashSet<>();
      targets.add(m.requirement());
      targets.addAll(m.obligations());
      if (m.isoRequirement() != null) {
        targets.add(m.isoRequirement());
      }
      ArrayNode rel = NODES.arrayNode();
      for (String t : targets) {
        if (taxonIndex.containsKey(t)) {
          rel.add(relationship(t, "subset"));
        }
      }
      if (!rel.isEmpty()) {
        r.set("relationships", rel);
      }
      ObjectNode p = r.putObject("properties");
      p.put("requirement", m.requirement());
      array(p, "obligations", m.obligations());
      p.put("basis", m.basis().name());
      putIfPresent(p, "basisRef", m.basisRef());
      putIfPresent(p, "isoRequirement", m.isoRequirement());
      p.put("severity", m.severity().name());
      putIfPresent(p, "documentedInformation", m.documentedInformation());
      if (m.readinessGate() != null) {
        p.put("readinessGate", m.readinessGate().name());
      }
      array(p, "references", m.references().stream().map(Run::reference).toList());
      array(p, "tags", tags(m));
      p.put("precision", "high");
      p.put("problem.severity", problemSeverity(m.severity()));
      return r;
    }

    private static String reference(Reference ref) {
      return ref.framework() + " " + ref.id();
    }

    private List<String> tags(RuleMetadata m) {
      Set<String> tags = new LinkedHashSet<>();
      tags.add("iso42001");
      tags.add(m.requirement().startsWith("A.") ? "annex-a" : "clause-" + RuleCatalog.groupOf(m.requirement()));
      tags.add(m.basis().name().toLowerCase(Locale.ROOT));
      tags.add(m.severity().name().toLowerCase(Locale.ROOT));
      if (m.documentedInformation() != null) {
        tags.add("documented-information");
      }
      if (m.readinessGate() != null) {
        tags.add(m.readinessGate().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      if (m.references().stream().anyMatch(r -> Reference.EU_AI_ACT.equals(r.framework()))) {
        tags.add("eu-ai-act");
      }
      return tags.stream().limit(MAX_TAGS).toList();
    }

    private static String problemSeverity(Severity s) {
      switch (s) {
        case MAJOR:
          return "error";
        case MINOR:
          return "warning";
        default:
          return "recommendation";
      }
    }

    /** A rule name in the style SARIF suggests: the rule id's last part in PascalCase. */
    private static String name(String ruleId) {
      String slug = ruleId.substring(ruleId.lastIndexOf('/') + 1);
      StringBuilder b = new StringBuilder();
      boolean upper = true;
      for (int i = 0; i < slug.length(); i++) {
        char c = slug.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          b.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        } else {
          upper = true;
        }
      }
      return b.length() == 0 ? "Rule" : SarifText.truncate(b.toString(), MAX_NAME);
    }

    private String requirementLabel(String ref) {
      return catalog.requirement(ref).map(q -> ref + " " + q.title()).orElse(ref);
    }

    private String helpText(RuleMetadata m) {
      StringBuilder b = new StringBuilder();
      b.append(m.title()).append("\n\n");
      b.append("Requirement: ").append(requirementLabel(m.requirement())).append('\n');
      if (!m.obligations().isEmpty()) {
        b.append("Obligations: ").append(String.join(", ", m.obligations())).append('\n');
      }
      b.append("Basis: ").append(m.basis().name());
      if (m.basisRef() != null) {
        b.append(" (").append(m.basisRef()).append(')');
      }
      b.append('\n');
      if (m.trigger() != null) {
        b.append("\nWhen it fires: ").append(m.trigger()).append('\n');
      }
      b.append("\nSeverity: ").append(m.severity().name());
      if (m.severityRationale() != null) {
        b.append(". ").append(m.severityRationale());
      }
      b.append('\n');
      if (!m.recommendedActions().isEmpty()) {
        b.append("\nRecommended actions:\n");
        for (String a : m.recommendedActions()) {
          b.append("- ").append(a).append('\n');
        }
      }
      context.documentationOf(m.id()).ifPresent(u -> b.append("\nReference: ").append(u)
          .append('\n'));
      return b.toString();
    }

    private String helpMarkdown(RuleMetadata m) {
      StringBuilder b = new StringBuilder();
      b.append("**").append(SarifText.markdown(m.title())).append("**\n\n");
      b.append("- Requirement: ").append(SarifText.markdown(requirementLabel(m.requirement())))
          .append('\n');
      if (!m.obligations().isEmpty()) {
        b.append("- Obligations: ")
            .append(SarifText.markdown(String.join(", ", m.obligations()))).append('\n');
      }
      b.append("- Basis: ").append(m.basis().name());
      if (m.basisRef() != null) {
        b.append(" (").append(SarifText.markdown(m.basisRef())).append(')');
      }
      b.append('\n');
      b.append("- Severity: ").append(m.severity().name()).append('\n');
      if (m.trigger() != null) {
        b.append("\n**When it fires.** ").append(SarifText.markdown(m.trigger())).append('\n');
      }
      if (m.severityRationale() != null) {
        b.append("\n**Why this severity.** ").append(SarifText.markdown(m.severityRationale()))
            .append('\n');
      }
      if (!m.recommendedActions().isEmpty()) {
        b.append("\n**Recommended actions**\n\n");
        for (String a : m.recommendedActions()) {
          b.append("- ").append(SarifText.markdown(a)).append('\n');
        }
      }
      context.documentationOf(m.id()).ifPresent(u -> b.append("\n[Rule reference](<")
          .append(u).append(">)\n"));
      return b.toString();
    }

    private ObjectNode escalationRule() {
      String id = Finding.ESCALATION_RULE_ID;
      ObjectNode r = NODES.objectNode();
      r.put("id", id);
      r.put("name", name(id));
      r.putObject("shortDescription").put("text",
          "Repeated minor nonconformities against one requirement");
      String full = "Several distinct rules raise minor nonconformities against one requirement "
          + "(as many as the escalation threshold, three by default; a systemic finding counts "
          + "once). Certification practice grades such repeated lapses together as a breakdown of "
          + "the requirement: one major nonconformity that stands for the minor ones.";
      r.putObject("fullDescription").put("text", full);
      r.putObject("defaultConfiguration").put("level", level(Severity.MAJOR));
      context.documentationOf(id).ifPresent(uri -> r.put("helpUri", uri));
      ObjectNode help = r.putObject("help");
      String actions = "Analyse the common root cause of the minor nonconformities and correct "
          + "the process behind them, not only each instance; close each of them and verify that "
          + "the corrective action is effective.";
      help.put("text", full + "\n\nThe result's related locations are the minor findings it "
          + "stands for.\n\nRecommended actions: " + actions + "\n");
      help.put("markdown", SarifText.markdown(full) + "\n\nThe result's related locations are "
          + "the minor findings it stands for\\.\n\n**Recommended actions.** "
          + SarifText.markdown(actions) + "\n");
      ObjectNode p = r.putObject("properties");
      p.put("basis", "REQUIREMENT");
      p.put("severity", Severity.MAJOR.name());
      array(p, "tags", List.of("iso42001", "escalation", "major"));
      p.put("precision", "high");
      p.put("problem.severity", problemSeverity(Severity.MAJOR));
      return r;
    }

    /** A descriptor for a rule the catalog does not know, from one of its findings. */
    private ObjectNode unknownRule(Finding f) {
      ObjectNode r = NODES.objectNode();
      r.put("id", f.ruleId());
      r.put("name", name(f.ruleId()));
      String title = f.title() == null || f.title().isBlank() ? f.ruleId() : f.title();
      r.putObject("shortDescription").put("text",
          SarifText.truncate(SarifText.clean(title), MAX_DESCRIPTION));
      r.putObject("fullDescription").put("text",
          SarifText.truncate(SarifText.clean(title), MAX_DESCRIPTION));
      r.putObject("defaultConfiguration").put("level", level(f.severity()));
      r.putObject("help").put("text", SarifText.clean(title));
      return r;
    }

    private ObjectNode result(Finding f) {
      ObjectNode r = NODES.objectNode();
      r.put("ruleId", f.ruleId());
      r.put("ruleIndex", ruleIndex.get(f.ruleId()));
      r.put("level", level(f.severity()));
      String text = f.message() != null && !f.message().isBlank() ? f.message()
          : (f.title() != null && !f.title().isBlank() ? f.title() : f.ruleId());
      r.putObject("message").put("text", SarifText.message(text));
      r.putArray("locations").add(location(f.subject(), null, -1));
      List<Finding> related = new ArrayList<>(f.instances());
      related.addAll(f.escalates());
      if (!related.isEmpty()) {
        ArrayNode rl = r.putArray("relatedLocations");
        int id = 1;
        for (Finding g : related) {
          if (id > MAX_RELATED_LOCATIONS) {
            break;
          }
          String m = g.ruleId().equals(f.ruleId()) ? g.message()
              : g.ruleId() + ": " + g.message();
          rl.add(location(g.subject(), m, id++));
        }
      }
      ObjectNode fp = r.putObject("partialFingerprints");
      fp.put(FINDING_ID_FINGERPRINT, f.id());
      fp.put(IDENTITY_FINGERPRINT, f.identity());
      Set<String> taxa = new LinkedHashSet<>();
      taxa.add(f.requirement());
      taxa.addAll(f.obligations());
      if (f.isoRequirement() != null) {
        taxa.add(f.isoRequirement());
      }
      ArrayNode tx = NODES.arrayNode();
      for (String t : taxa) {
        if (taxonIndex.containsKey(t)) {
          tx.add(taxonReference(t));
        }
      }
      if (!tx.isEmpty()) {
        r.set("taxa", tx);
      }
      if (f.baseline() != null) {
        r.put("baselineState", f.baseline().name().toLowerCase(Locale.ROOT));
      }
      if (f.waiver() != null) {
        r.putArray("suppressions").add(suppression(f.waiver()));
      }
      r.set("properties", resultProperties(f));
      return r;
    }

    private ObjectNode suppression(Waiver w) {
      ObjectNode s = NODES.objectNode();
      s.put("kind", "external");
      s.put("status", "accepted");
      s.put("justification", SarifText.clean(w.justification()));
      ObjectNode p = s.putObject("properties");
      p.put("approvedBy", w.approvedBy());
      p.put("approvedOn", w.approvedOn().toString());
      p.put("expiresOn", w.expiresOn().toString());
      putIfPresent(p, "findingId", w.findingId());
      putIfPresent(p, "entityId", w.entityId());
      return s;
    }

    private ObjectNode resultProperties(Finding f) {
      ObjectNode p = NODES.objectNode();
      p.put("findingId", f.id());
      p.put("requirement", f.requirement());
      array(p, "obligations", f.obligations());
      if (f.basis() != null) {
        p.put("basis", f.basis().name());
      }
      putIfPresent(p, "basisRef", f.basisRef());
      putIfPresent(p, "isoRequirement", f.isoRequirement());
      p.put("severity", f.severity().name());
      putIfPresent(p, "title", f.title());
      p.put("subject", f.subject());
      putIfPresent(p, "entityId", f.entityId());
      p.put("identity", f.identity());
      if (!f.facts().isEmpty()) {
        ObjectNode facts = p.putObject("facts");
        f.facts().forEach(facts::put);
      }
      array(p, "recommendedActions", f.recommendedActions());
      array(p, "references", f.references().stream().map(Run::reference).toList());
      if (f.isSystemic()) {
        p.put("instances", f.instances().size());
        array(p, "instanceIds", f.instances().stream().map(Finding::id).toList());
      }
      if (!f.escalates().isEmpty()) {
        array(p, "escalates", f.escalates().stream().map(Finding::id).toList());
      }
      p.put("waived", f.isWaived());
      if (f.baseline() != null) {
        p.put("baseline", f.baseline().name());
      }
      return p;
    }

    /**
     * A location at a JSON Pointer: its logical location, and its physical location when the
     * source document is known.
     *
     * @param pointer the pointer
     * @param message a message of the model for the location, or {@code null}
     * @param id the location's id within its result, or -1 for none
     */
    private ObjectNode location(String pointer, String message, int id) {
      ObjectNode loc = NODES.objectNode();
      if (id >= 0) {
        loc.put("id", id);
      }
      String note = null;
      if (source.isPresent()) {
        SourceDocument doc = source.get();
        String located = SarifText.located(doc, pointer).orElse(pointer);
        if (!located.equals(pointer)) {
          note = "Absent from the document; the region is where its nearest existing parent, "
              + (located.isEmpty() ? "the document itself" : located) + ", starts.";
        }
        ObjectNode physical = loc.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", SarifText.uriReference(doc.uri()));
        Optional<SourceDocument.Position> at = doc.locate(pointer);
        int line = at.map(SourceDocument.Position::line).orElse(1);
        int column = at.map(SourceDocument.Position::column).orElse(1);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", Math.max(1, line));
        region.put("startColumn", Math.max(1, column));
        region.put("endLine", Math.max(1, line));
        region.put("endColumn", Math.max(1, column) + 1);
      }
      ObjectNode logical = loc.putArray("logicalLocations").addObject();
      logical.put("name", lastToken(pointer));
      logical.put("fullyQualifiedName", pointer);
      logical.put("kind", kind(pointer));
      String text = message == null || message.isBlank() ? "" : SarifText.message(message);
      if (note != null) {
        text = text.isEmpty() ? SarifText.message(note) : text + " (" + SarifText.message(note)
            + ")";
      }
      if (!text.isEmpty()) {
        loc.putObject("message").put("text", text);
      }
      return loc;
    }

    private static String lastToken(String pointer) {
      if (pointer.isEmpty()) {
        return "/";
      }
      return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    }

    private static String kind(String pointer) {
      if (pointer.isEmpty()) {
        return "object";
      }
      String last = pointer.substring(pointer.lastIndexOf('/') + 1);
      return !last.isEmpty() && last.chars().allMatch(c -> c >= '0' && c <= '9')
          ? "value" : "property";
    }

    private ObjectNode runProperties() {
      ObjectNode p = NODES.objectNode();
      p.put("reportVersion", report.reportVersion());
      p.put("generator", report.generator());
      p.put("catalog", report.catalog());
      p.put("organization", report.organization());
      p.put("asOf", report.asOf().toString());
      p.put("verdict", report.summary().verdict().name());
      array(p, "verdictReasons", report.summary().verdictReasons());
      ObjectNode counts = p.putObject("counts");
      report.summary().counts().forEach((k, v) -> counts.put(k.name(), v));
      p.put("waived", report.summary().waived());
      BaselineComparison b = report.baseline();
      if (b != null) {
        ObjectNode bn = p.putObject("baseline");
        bn.put("baselineAsOf", String.valueOf(b.baselineAsOf()));
        bn.put("newFindings", b.newFindings());
        bn.put("unchangedFindings", b.unchangedFindings());
        ArrayNode fixed = bn.putArray("fixed");
        for (Baseline.Entry x : b.fixed()) {
          ObjectNode o = fixed.addObject();
          o.put("id", x.id());
          o.put("ruleId", x.ruleId());
          putIfPresent(o, "requirement", x.requirement());
          if (x.severity() != null) {
            o.put("severity", x.severity().name());
          }
          putIfPresent(o, "subject", x.subject());
          putIfPresent(o, "message", x.message());
        }
      }
      return p;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
      if (value != null) {
        node.put(name, value);
      }
    }

    private static void array(ObjectNode node, String name, List<String> values) {
      if (!values.isEmpty()) {
        ArrayNode a = node.putArray(name);
        values.forEach(a::add);
      }
    }
  }
}
