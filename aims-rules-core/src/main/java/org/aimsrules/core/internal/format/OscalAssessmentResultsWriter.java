package org.aimsrules.core.internal.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.aimsrules.core.catalog.PackMetadata;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.format.SourceDocument;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.internal.Json;
import org.aimsrules.core.internal.JsonPointers;
import org.aimsrules.core.report.Baseline;
import org.aimsrules.core.report.BaselineComparison;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.ReportJson;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Waiver;

/**
 * The report as an OSCAL 1.1.3 assessment-results document (JSON).
 *
 * <ul>
 *   <li>One {@code result} for the evaluation. Its {@code reviewed-controls} include every
 *       sub-clause and Annex A control that applies, as control {@code iso42001_<ref>} (lower
 *       case, e.g. {@code iso42001_a.6.2.8}: OSCAL tokens may not start with a digit), with the
 *       obligations of a sub-clause that apply as its statements ({@code iso42001_4.1-1}); the
 *       sub-clauses and controls that do not apply are excluded, with the reason.
 *   <li>One {@code observation} per finding (waived ones included, marked by a {@code waived}
 *       property and the waiver in the remarks), with the model location as relevant evidence.
 *   <li>One {@code risk} per major or minor finding, with its recommended actions as
 *       remediations of lifecycle {@code recommendation}; status {@code open}, or
 *       {@code deviation-approved} with the waiver's expiry as deadline when a waiver applies.
 *   <li>One OSCAL {@code finding} per requirement (sub-clause, obligation or control) whose
 *       status is conforming ({@code satisfied}), nonconforming or not evidenced
 *       ({@code not-satisfied}); its target is the objective {@code iso42001_<ref>_obj} of a
 *       sub-clause or control, or the statement {@code iso42001_<ref>} of an obligation. A
 *       requirement that does not apply or that no rule checks gets none: nothing was concluded
 *       about it.
 * </ul>
 *
 * <p>Observations, risks and findings name their origin: the generator, a tool component of the
 * result's assessment assets. There is no assessment plan: {@code import-ap} points to a
 * back-matter resource that says so (the schema requires the import). Every UUID is a version-5
 * UUID of the stable identity of what it names ({@link OscalUuids}): the organization and the
 * finding id or requirement reference, and, for the document itself, the whole report. Every date
 * is the evaluation date at midnight UTC, so the same report gives the same bytes. Model text is
 * written as Markdown-escaped text in markup fields (OSCAL markup is Markdown in JSON) and
 * cleaned of control characters in plain ones; links to the model are percent-encoded.
 */
public final class OscalAssessmentResultsWriter extends FormatWriter {
  /** The OSCAL version written. */
  public static final String OSCAL_VERSION = "1.1.3";
  /** The name space of this library's properties. */
  public static final String NS = "https://github.com/aims-rules/aims-rules/ns/oscal";
  /** Prefix of every control, statement and objective id. */
  public static final String ID_PREFIX = "iso42001_";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Creates the writer. */
  public OscalAssessmentResultsWriter() {
    super("oscal-ar", "application/json", "json");
  }

  @Override
  public void write(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      OutputStream output) throws IOException {
    ObjectNode root = NODES.objectNode();
    root.set("assessment-results", document(report, catalog, context));
    byte[] bytes = Json.prettyWriter(new ObjectMapper()).writeValueAsBytes(root);
    output.write(bytes);
    output.write('\n');
    output.flush();
  }

  /**
   * The OSCAL id of a requirement: {@code iso42001_} and the reference in lower case; for a
   * vendor pack's namespaced ref ({@code acme:HR-1}), the namespace, {@code _} and the rest
   * ({@code acme_hr-1}).
   *
   * @param ref requirement reference, e.g. {@code A.6.2.8}
   * @return the id, e.g. {@code iso42001_a.6.2.8}
   */
  public static String controlId(String ref) {
    String namespace = PackMetadata.namespaceOf(ref);
    if (namespace != null) {
      // A vendor pack's ref (acme:HR-1): its namespace takes the place of iso42001, and what an
      // OSCAL token cannot hold becomes an underscore (acme_hr-1).
      return token(namespace) + "_" + token(ref.substring(namespace.length() + 1));
    }
    return ID_PREFIX + ref.toLowerCase(Locale.ROOT);
  }

  /** Lower case, with every character an OSCAL token does not allow replaced by an underscore. */
  private static String token(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]", "_");
  }

  /**
   * The OSCAL objective id of a sub-clause or control: its control id and {@code _obj}.
   *
   * @param ref requirement reference
   * @return the id, e.g. {@code iso42001_9.2.2_obj}
   */
  public static String objectiveId(String ref) {
    return controlId(ref) + "_obj";
  }

  private ObjectNode document(EvaluationReport report, RuleCatalog catalog, WriteContext context) {
    String org = nonNull(report.organization());
    String scope = org + "|" + report.asOf() + "|" + report.catalog();
    ObjectNode doc = NODES.objectNode();
    // The document's UUID changes with its content: the name is the report itself.
    doc.put("uuid", OscalUuids.of("assessment-results|" + ReportJson.toJson(report)).toString());

    ObjectNode metadata = doc.putObject("metadata");
    metadata.put("title", "ISO/IEC 42001 assessment results of " + MarkdownText.escape(org));
    metadata.put("last-modified", dateTime(report.asOf()));
    metadata.put("version", plainOr(report.reportVersion(), "unknown"));
    metadata.put("oscal-version", OSCAL_VERSION);
    ArrayNode metaProps = NODES.arrayNode();
    prop(metaProps, "generator", report.generator());
    prop(metaProps, "catalog", report.catalog());
    setIfAny(metadata, "props", metaProps);
    metadata.put("remarks", "Written by an automated evaluation of the organization's AI "
        + "management system model against ISO/IEC 42001:2023. Control ids name the standard's "
        + "sub-clauses and Annex A controls (iso42001\\_ and the reference in lower case); no "
        + "OSCAL catalog of the standard is published, so they resolve to none.");

    UUID plan = OscalUuids.of("assessment-plan|" + scope);
    ObjectNode importAp = doc.putObject("import-ap");
    importAp.put("href", "#" + plan);
    importAp.put("remarks", "There is no assessment plan: the rules of the catalog are the plan. "
        + "The reference points to a back-matter resource that says so, because the schema "
        + "requires one.");

    doc.putArray("results").add(result(report, catalog, context, scope));

    ObjectNode resource = NODES.objectNode();
    resource.put("uuid", plan.toString());
    resource.put("title", "No assessment plan");
    resource.put("description", "The evaluation applied every rule of the catalog "
        + MarkdownText.escape(report.catalog()) + " to the organization's model as of "
        + report.asOf() + "; no separate assessment plan exists.");
    doc.putObject("back-matter").putArray("resources").add(resource);
    return doc;
  }

  private ObjectNode result(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      String scope) {
    ObjectNode result = NODES.objectNode();
    result.put("uuid", OscalUuids.of("result|" + scope).toString());
    result.put("title", "Evaluation of " + MarkdownText.escape(report.organization())
        + " as of " + report.asOf());
    StringBuilder description = new StringBuilder("Verdict: ")
        .append(report.summary().verdict()).append('.');
    for (String reason : report.summary().verdictReasons()) {
      description.append("\n\n").append(MarkdownText.escape(reason));
    }
    result.put("description", description.toString());
    result.put("start", dateTime(report.asOf()));

    ArrayNode props = NODES.arrayNode();
    prop(props, "verdict", report.summary().verdict().name());
    for (Severity s : Severity.values()) {
      prop(props, s.name().toLowerCase(Locale.ROOT) + "-count",
          Integer.toString(report.summary().count(s)));
    }
    prop(props, "waived-count", Integer.toString(report.summary().waived()));
    BaselineComparison baseline = report.baseline();
    if (baseline != null) {
      prop(props, "baseline-as-of", String.valueOf(baseline.baselineAsOf()));
      prop(props, "new-count", Integer.toString(baseline.newFindings()));
      prop(props, "unchanged-count", Integer.toString(baseline.unchangedFindings()));
      prop(props, "fixed-count", Integer.toString(baseline.fixed().size()));
    }
    setIfAny(result, "props", props);
    UUID tool = OscalUuids.of("tool|" + nonNull(report.generator()));
    result.putObject("local-definitions").set("assessment-assets", assets(report, tool));
    result.set("reviewed-controls", reviewedControls(report, catalog));

    Map<String, Finding> byId = new LinkedHashMap<>();
    Map<String, UUID> observationOf = new HashMap<>();
    Map<String, UUID> riskOf = new HashMap<>();
    ArrayNode observations = NODES.arrayNode();
    ArrayNode risks = NODES.arrayNode();
    String org = nonNull(report.organization());
    Set<UUID> used = new HashSet<>();
    for (Finding f : report.findings()) {
      UUID obs = unique(used, "observation|" + org + "|" + f.id());
      if (byId.putIfAbsent(f.id(), f) == null) {
        observationOf.put(f.id(), obs);
      }
      observations.add(observation(f, obs, report.asOf(), context, tool));
      if (f.isNonconformity()) {
        UUID risk = unique(used, "risk|" + org + "|" + f.id());
        riskOf.putIfAbsent(f.id(), risk);
        risks.add(risk(f, risk, obs, catalog, tool));
      }
    }
    setIfAny(result, "observations", observations);
    setIfAny(result, "risks", risks);

    ArrayNode findings = NODES.arrayNode();
    for (RequirementResult r : report.requirements()) {
      if (r.status() == RequirementStatus.NOT_APPLICABLE
          || r.status() == RequirementStatus.NOT_AUTOMATED) {
        continue;
      }
      findings.add(finding(r, catalog, org, observationOf, riskOf, tool));
    }
    setIfAny(result, "findings", findings);

    if (baseline != null && !baseline.fixed().isEmpty()) {
      StringBuilder fixed = new StringBuilder("Fixed since the baseline of ")
          .append(baseline.baselineAsOf()).append(":\n");
      for (Baseline.Entry f : baseline.fixed()) {
        fixed.append("\n- ").append(MarkdownText.escape(String.valueOf(f.severity())))
            .append(' ').append(MarkdownText.escape(f.requirement())).append(' ')
            .append(MarkdownText.code(f.ruleId())).append(" finding ")
            .append(MarkdownText.code(f.id())).append(": ")
            .append(MarkdownText.escape(f.message()));
      }
      result.put("remarks", fixed.toString());
    }
    return result;
  }

  private ObjectNode reviewedControls(EvaluationReport report, RuleCatalog catalog) {
    Map<String, List<String>> statements = new LinkedHashMap<>();
    for (RequirementResult r : report.requirements()) {
      if ("OBLIGATION".equals(r.kind()) && r.status() != RequirementStatus.NOT_APPLICABLE) {
        statements.computeIfAbsent(parentOf(r.ref(), catalog), k -> new ArrayList<>())
            .add(controlId(r.ref()));
      }
    }
    ArrayNode include = NODES.arrayNode();
    ArrayNode exclude = NODES.arrayNode();
    for (RequirementResult r : report.requirements()) {
      if ("OBLIGATION".equals(r.kind())) {
        continue;
      }
      ObjectNode select = NODES.objectNode();
      select.put("control-id", controlId(r.ref()));
      if (r.status() == RequirementStatus.NOT_APPLICABLE) {
        exclude.add(select);
      } else {
        List<String> smt = statements.get(r.ref());
        if (smt != null) {
          ArrayNode ids = select.putArray("statement-ids");
          smt.forEach(ids::add);
        }
        include.add(select);
      }
    }
    ObjectNode selection = NODES.objectNode();
    setIfAny(selection, "include-controls", include);
    setIfAny(selection, "exclude-controls", exclude);
    if (!exclude.isEmpty()) {
      StringBuilder why = new StringBuilder("Excluded because they do not apply:\n");
      for (RequirementResult r : report.requirements()) {
        if (!"OBLIGATION".equals(r.kind()) && r.status() == RequirementStatus.NOT_APPLICABLE) {
          why.append("\n- ").append(MarkdownText.escape(r.ref()));
          if (r.reason() != null && !r.reason().isBlank()) {
            why.append(": ").append(MarkdownText.escape(r.reason()));
          }
        }
      }
      selection.put("remarks", why.toString());
    }
    if (include.isEmpty() && exclude.isEmpty()) {
      // The schema wants a selection; a report with no requirement selects nothing by name.
      selection.put("remarks", "No requirement was evaluated.");
    }
    ObjectNode reviewed = NODES.objectNode();
    reviewed.putArray("control-selections").add(selection);
    return reviewed;
  }

  /** The tool that made every observation: the generator, as the one assessment platform. */
  private static ObjectNode assets(EvaluationReport report, UUID tool) {
    ObjectNode assets = NODES.objectNode();
    ObjectNode component = assets.putArray("components").addObject();
    component.put("uuid", tool.toString());
    component.put("type", "software");
    component.put("title", MarkdownText.escape(plainOr(report.generator(), "aims-rules")));
    component.put("description", "The rule engine that evaluated the model against the catalog "
        + MarkdownText.escape(report.catalog()) + ".");
    component.putObject("status").put("state", "operational");
    ObjectNode platform = assets.putArray("assessment-platforms").addObject();
    platform.put("uuid", OscalUuids.of("platform|" + tool).toString());
    platform.put("title", MarkdownText.escape(plainOr(report.generator(), "aims-rules")));
    platform.putArray("uses-components").addObject().put("component-uuid", tool.toString());
    return assets;
  }

  private static void origin(ObjectNode node, UUID tool) {
    ObjectNode actor = node.putArray("origins").addObject().putArray("actors").addObject();
    actor.put("type", "tool");
    actor.put("actor-uuid", tool.toString());
  }

  private ObjectNode observation(Finding f, UUID uuid, LocalDate asOf, WriteContext context,
      UUID tool) {
    ObjectNode o = NODES.objectNode();
    o.put("uuid", uuid.toString());
    o.put("title", MarkdownText.escape(f.requirement() + " " + nonNull(f.title())));
    StringBuilder description = new StringBuilder(MarkdownText.escape(f.message()));
    for (Finding part : f.escalates()) {
      description.append("\n\n- ").append(MarkdownText.escape(part.requirement() + " "
          + nonNull(part.title()) + ": " + nonNull(part.message())));
    }
    for (Finding part : f.instances()) {
      description.append("\n\n- ").append(MarkdownText.escape(part.message())).append(" at ")
          .append(MarkdownText.code(part.subject()));
    }
    o.put("description", description.toString());
    ArrayNode props = NODES.arrayNode();
    findingProps(props, f);
    setIfAny(o, "props", props);
    context.documentationOf(f.ruleId()).filter(OscalAssessmentResultsWriter::isWebAddress)
        .ifPresent(href -> {
          ObjectNode link = o.putArray("links").addObject();
          link.put("href", href);
          link.put("rel", "reference");
        });
    o.putArray("methods").add("TEST");
    o.putArray("types").add("finding");
    origin(o, tool);
    o.putArray("relevant-evidence").add(evidence(f.subject(), context));
    o.put("collected", dateTime(asOf));
    StringBuilder remarks = new StringBuilder();
    if (!f.facts().isEmpty()) {
      remarks.append("Facts:\n");
      f.facts().forEach((k, v) -> remarks.append("\n- ").append(MarkdownText.escape(k))
          .append(": ").append(MarkdownText.escape(v)));
    }
    if (f.waiver() != null) {
      if (remarks.length() > 0) {
        remarks.append("\n\n");
      }
      remarks.append(waiverText(f.waiver()));
    }
    if (remarks.length() > 0) {
      o.put("remarks", remarks.toString());
    }
    return o;
  }

  private static void findingProps(ArrayNode props, Finding f) {
    prop(props, "finding-id", f.id());
    prop(props, "rule-id", f.ruleId());
    prop(props, "severity", f.severity().name());
    prop(props, "requirement", f.requirement());
    if (f.basis() != null) {
      prop(props, "basis", f.basis().name());
    }
    prop(props, "basis-ref", f.basisRef());
    prop(props, "iso-requirement", f.isoRequirement());
    prop(props, "identity", f.identity());
    prop(props, "entity-id", f.entityId());
    prop(props, "subject", f.subject());
    if (f.waiver() != null) {
      prop(props, "waived", "true");
    }
    if (f.baseline() != null) {
      prop(props, "baseline", f.baseline().name());
    }
  }

  private static ObjectNode evidence(String pointer, WriteContext context) {
    ObjectNode e = NODES.objectNode();
    Optional<SourceDocument> source = context.sourceDocument();
    source.ifPresent(s -> e.put("href", href(s.uri(), pointer)));
    String where = pointer.isEmpty() ? "The whole model document"
        : "The model at " + MarkdownText.code(pointer);
    StringBuilder description = new StringBuilder(where);
    ArrayNode props = NODES.arrayNode();
    if (source.isPresent()) {
      description.append(" in ").append(MarkdownText.code(source.get().uri()));
      source.get().locate(pointer).ifPresent(p -> {
        if (isAbsent(source.get(), pointer)) {
          description.append(", where it is absent; its nearest parent is at");
        } else {
          description.append(',');
        }
        description.append(" line ").append(p.line()).append(", column ").append(p.column());
        prop(props, "line", Integer.toString(p.line()));
        prop(props, "column", Integer.toString(p.column()));
      });
    }
    e.put("description", description.append('.').toString());
    prop(props, "json-pointer", pointer);
    setIfAny(e, "props", props);
    return e;
  }

  private ObjectNode risk(Finding f, UUID uuid, UUID observation, RuleCatalog catalog,
      UUID tool) {
    ObjectNode r = NODES.objectNode();
    r.put("uuid", uuid.toString());
    r.put("title", MarkdownText.escape(f.requirement() + " " + nonNull(f.title())));
    r.put("description", MarkdownText.escape(f.message()));
    String against = f.isoRequirement() != null ? f.isoRequirement() : f.requirement();
    String title = catalog.requirement(against).map(Requirement::title).orElse(null);
    r.put("statement", "A " + f.severity().name().toLowerCase(Locale.ROOT)
        + " nonconformity with ISO/IEC 42001 " + MarkdownText.escape(against)
        + (title != null ? " (" + MarkdownText.escape(title) + ")" : "") + ".");
    ArrayNode props = NODES.arrayNode();
    prop(props, "finding-id", f.id());
    prop(props, "rule-id", f.ruleId());
    prop(props, "severity", f.severity().name());
    setIfAny(r, "props", props);
    if (f.waiver() != null) {
      r.put("status", "deviation-approved");
      r.put("deadline", dateTime(f.waiver().expiresOn()));
    } else {
      r.put("status", "open");
    }
    origin(r, tool);
    ArrayNode remediations = NODES.arrayNode();
    List<String> actions = f.recommendedActions();
    for (int i = 0; i < actions.size(); i++) {
      ObjectNode action = remediations.addObject();
      action.put("uuid", OscalUuids.of("remediation|" + uuid + "|" + i).toString());
      action.put("lifecycle", "recommendation");
      action.put("title", "Recommended action " + (i + 1) + " of " + actions.size());
      action.put("description", MarkdownText.escape(actions.get(i)));
    }
    setIfAny(r, "remediations", remediations);
    if (f.waiver() != null) {
      // A risk has no remarks: the waiver is the risk log's entry of the deviation's approval.
      ObjectNode entry = r.putObject("risk-log").putArray("entries").addObject();
      entry.put("uuid", OscalUuids.of("waiver|" + uuid).toString());
      entry.put("title", "Waiver approved");
      entry.put("description", waiverText(f.waiver()));
      entry.put("start", dateTime(f.waiver().approvedOn()));
      entry.put("end", dateTime(f.waiver().expiresOn()));
      entry.put("status-change", "deviation-approved");
    }
    r.putArray("related-observations").addObject().put("observation-uuid", observation.toString());
    return r;
  }

  private ObjectNode finding(RequirementResult r, RuleCatalog catalog, String org,
      Map<String, UUID> observationOf, Map<String, UUID> riskOf, UUID tool) {
    ObjectNode f = NODES.objectNode();
    f.put("uuid", OscalUuids.of("finding|" + org + "|" + r.ref()).toString());
    String title = catalog.requirement(r.ref()).map(Requirement::title).orElse(r.title());
    f.put("title", MarkdownText.escape(r.ref() + (title != null ? " " + title : "")));
    String description = switch (r.status()) {
      case CONFORMING -> "Conforming: the rules that check it passed and the model evidences it.";
      case NONCONFORMING -> "Nonconforming: at least one major or minor nonconformity was found.";
      default ->
          "Not evidenced: no nonconformity was found, but the model does not show it is met.";
    };
    if (r.reason() != null && !r.reason().isBlank()) {
      description += "\n\n" + MarkdownText.escape(r.reason());
    }
    f.put("description", description);
    ArrayNode props = NODES.arrayNode();
    prop(props, "requirement", r.ref());
    prop(props, "kind", r.kind());
    prop(props, "status", r.status().name());
    setIfAny(f, "props", props);
    origin(f, tool);
    ObjectNode target = f.putObject("target");
    if ("OBLIGATION".equals(r.kind())) {
      target.put("type", "statement-id");
      target.put("target-id", controlId(r.ref()));
    } else {
      target.put("type", "objective-id");
      target.put("target-id", objectiveId(r.ref()));
    }
    ObjectNode status = target.putObject("status");
    switch (r.status()) {
      case CONFORMING -> {
        status.put("state", "satisfied");
        status.put("reason", "pass");
      }
      case NONCONFORMING -> {
        status.put("state", "not-satisfied");
        status.put("reason", "fail");
      }
      default -> {
        status.put("state", "not-satisfied");
        status.put("reason", "other");
        status.put("remarks", "Not evidenced in the model.");
      }
    }
    ArrayNode related = NODES.arrayNode();
    ArrayNode relatedRisks = NODES.arrayNode();
    for (String id : r.findings()) {
      UUID o = observationOf.get(id);
      if (o != null) {
        related.addObject().put("observation-uuid", o.toString());
      }
      UUID risk = riskOf.get(id);
      if (risk != null) {
        relatedRisks.addObject().put("risk-uuid", risk.toString());
      }
    }
    setIfAny(f, "related-observations", related);
    setIfAny(f, "related-risks", relatedRisks);
    return f;
  }

  private static String waiverText(Waiver w) {
    return "Waived: " + MarkdownText.escape(w.justification()) + " (approved by "
        + MarkdownText.escape(w.approvedBy()) + " on " + w.approvedOn() + ", until "
        + w.expiresOn() + ").";
  }

  private static String parentOf(String ref, RuleCatalog catalog) {
    return catalog.requirement(ref).map(Requirement::parent).filter(p -> !p.isEmpty())
        .orElseGet(() -> ref.contains("-") ? ref.substring(0, ref.lastIndexOf('-')) : ref);
  }

  private static UUID unique(Set<UUID> used, String name) {
    UUID u = OscalUuids.of(name);
    for (int i = 2; !used.add(u); i++) {
      u = OscalUuids.of(name + "|" + i);
    }
    return u;
  }

  /** Adds a property when the value, cleaned to an OSCAL string, is not empty. */
  private static void prop(ArrayNode props, String name, String value) {
    String v = MarkdownText.plain(value);
    if (!v.isEmpty()) {
      ObjectNode p = props.addObject();
      p.put("name", name);
      p.put("ns", NS);
      p.put("value", v);
    }
  }

  private static void setIfAny(ObjectNode node, String field, ArrayNode array) {
    if (!array.isEmpty()) {
      node.set(field, array);
    }
  }

  private static String plainOr(String value, String fallback) {
    String v = MarkdownText.plain(value);
    return v.isEmpty() ? fallback : v;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static String dateTime(LocalDate date) {
    return date + "T00:00:00Z";
  }

  /**
   * The source document's URI reference with the pointer as fragment, every character that a URI
   * reference does not allow there percent-encoded (UTF-8), so that any key of the model gives a
   * valid reference.
   */
  static String href(String uri, String pointer) {
    return encode(uri, "/:@!$'*+,;=-._~") + "#" + encode(pointer, "/?:@!$'*+,;=-._~");
  }

  private static String encode(String s, String allowed) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || (c < 0x80 && allowed.indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /**
   * Whether the document holds nothing at a pointer: {@link SourceDocument#locate} then gives its
   * nearest parent's position, which no value inside that parent shares.
   */
  static boolean isAbsent(SourceDocument source, String pointer) {
    return !pointer.isEmpty()
        && source.locate(pointer).equals(source.locate(JsonPointers.parent(pointer)));
  }

  private static boolean isWebAddress(String href) {
    return href.startsWith("https://") || href.startsWith("http://");
  }
}
