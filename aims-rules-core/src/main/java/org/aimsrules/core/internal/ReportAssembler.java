package org.aimsrules.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimsrules.core.catalog.Basis;
import org.aimsrules.core.catalog.NotAutomated;
import org.aimsrules.core.catalog.ReadinessGate;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RequirementKind;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.SoaEntry;
import org.aimsrules.core.report.ControlResult;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Reference;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.SoaView;
import org.aimsrules.core.report.Summary;
import org.aimsrules.core.report.Verdict;
import org.aimsrules.core.rule.ControlApplicability;
import org.aimsrules.core.rule.RequirementNotApplicable;
import org.aimsrules.core.rule.Violation;

/**
 * Turns the facts a rule session produced into a report: grades violations with their metadata,
 * escalates repeated minors, derives requirement and control statuses and the verdict, and orders
 * everything deterministically. Built once per catalog; immutable and thread-safe.
 */
public final class ReportAssembler {
  /** The subject part of a systemic finding's fingerprint. */
  private static final String SYSTEMIC_SUBJECT = "*systemic*";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

  private final RuleCatalog catalog;
  private final String generator;
  private final Map<String, RuleMetadata> rules;
  private final Map<String, Integer> order = new HashMap<>();
  private final Map<String, Requirement> requirements = new HashMap<>();
  private final Map<String, String> notAutomated = new HashMap<>();
  /** For each requirement ref, the ids of the rules that check it. */
  private final Map<String, Set<String>> rulesByRequirement = new HashMap<>();
  /** For each rule id, the references of its findings (its own and the crosswalk's). */
  private final Map<String, List<Reference>> referencesByRule = new HashMap<>();
  /** For each evidence ref, the catalog's requirement refs it evidences (see {@link #evidencedBy}). */
  private final Map<String, Set<String>> evidencedRequirements =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Prepares an assembler for a catalog.
   *
   * @param catalog the catalog
   * @param generator name and version of the library, for the report
   */
  public ReportAssembler(RuleCatalog catalog, String generator) {
    this.catalog = catalog;
    this.generator = generator;
    this.rules = catalog.rulesById();
    int i = 0;
    for (Requirement r : catalog.requirements()) {
      order.putIfAbsent(r.ref(), i++);
      requirements.put(r.ref(), r);
    }
    for (NotAutomated n : catalog.notAutomated()) {
      notAutomated.put(n.ref(), n.reason());
    }
    for (RuleMetadata m : catalog.rules()) {
      for (String ref : concerns(m.requirement(), m.obligations())) {
        rulesByRequirement.computeIfAbsent(ref, k -> new TreeSet<>()).add(m.id());
      }
      referencesByRule.put(m.id(), computeReferences(m));
    }
  }

  /**
   * Builds the report.
   *
   * @param model the evaluated model
   * @param asOf evaluation date
   * @param options evaluation options
   * @param violations violations raised by the rules
   * @param applicability derived control applicability
   * @param notApplicable requirements rules found not applicable
   * @param pointerOf locates a model record in the document
   * @param evidenced the requirement refs for which the model holds some evidence (the evidence
   *     map's refs of every present evidence property)
   * @return the report
   */
  public EvaluationReport assemble(AimsModel model, LocalDate asOf, EvaluationOptions options,
      Collection<Violation> violations, Collection<ControlApplicability> applicability,
      Collection<RequirementNotApplicable> notApplicable, Function<Object, String> pointerOf,
      Set<String> evidenced) {
    List<Finding> graded = grade(model, violations, options, pointerOf);
    List<Finding> grouped = options.systemicFindings() ? systemic(graded) : graded;
    List<Finding> findings = escalate(grouped, options.escalationThreshold());
    findings.sort(findingOrder());

    Map<String, String> naReasons = new TreeMap<>();
    for (RequirementNotApplicable n : notApplicable) {
      naReasons.merge(n.ref(), n.reason(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    // Distinct reasons and systems per control are gathered in hash sets (an organization with
    // thousands of AI systems has tens of thousands of applicability facts) and sorted once.
    Map<String, Set<String>> rawReasons = new HashMap<>();
    Map<String, Set<String>> rawSystems = new HashMap<>();
    for (ControlApplicability a : applicability) {
      rawReasons.computeIfAbsent(a.controlId(), k -> new HashSet<>()).add(a.reason());
      if (a.aiSystemId() != null) {
        rawSystems.computeIfAbsent(a.controlId(), k -> new HashSet<>()).add(a.aiSystemId());
      }
    }
    Map<String, Set<String>> reasons = new HashMap<>();
    rawReasons.forEach((control, raw) -> {
      Set<String> sentences = new TreeSet<>();
      raw.forEach(r -> sentences.add(sentence(r)));
      reasons.put(control, sentences);
    });
    Map<String, Set<String>> systems = new HashMap<>();
    rawSystems.forEach((control, raw) -> {
      Set<String> sorted = new TreeSet<>(NaturalOrder.COMPARATOR);
      sorted.addAll(raw);
      systems.put(control, sorted);
    });

    // The findings against each requirement ref, in report order.
    Map<String, List<Finding>> findingsByRef = new HashMap<>();
    for (Finding f : findings) {
      for (String ref : concerns(f)) {
        findingsByRef.computeIfAbsent(ref, k -> new ArrayList<>()).add(f);
      }
    }
    Set<String> evidencedRefs = evidenced == null ? null : evidencedRequirements(evidenced);
    Map<String, SoaEntry> soaEntries = soaEntries(model);

    List<RequirementResult> requirementResults = new ArrayList<>();
    Map<String, RequirementResult> byRef = new HashMap<>();
    for (Requirement r : catalog.requirements()) {
      List<Finding> against = findingsByRef.getOrDefault(r.ref(), List.of());
      boolean automated = rulesByRequirement.containsKey(r.ref());
      String reason = null;
      RequirementStatus status;
      boolean controlNotApplicable = r.kind() == RequirementKind.CONTROL
          && !reasons.containsKey(r.ref()) && !included(soaEntries.get(r.ref()));
      if (against.stream().anyMatch(Finding::isNonconformity)) {
        status = RequirementStatus.NONCONFORMING;
      } else if (naReasons.containsKey(r.ref())) {
        status = RequirementStatus.NOT_APPLICABLE;
        reason = naReasons.get(r.ref());
      } else if (controlNotApplicable) {
        status = RequirementStatus.NOT_APPLICABLE;
        reason = "nothing in the organization's context makes this control applicable and the "
            + "Statement of Applicability does not include it";
      } else if (!automated) {
        status = RequirementStatus.NOT_AUTOMATED;
        reason = notAutomated.getOrDefault(r.ref(), "no rule checks this requirement yet");
      } else {
        List<String> absent = against.stream().filter(f -> absentEvidence(model, f))
            .map(Finding::id).toList();
        if (!absent.isEmpty()) {
          status = RequirementStatus.NOT_EVIDENCED;
          reason = "evidence it needs is absent from the model (finding "
              + String.join(", ", absent) + ")";
        } else if (evidencedRefs != null && !evidencedRefs.contains(r.ref())) {
          status = RequirementStatus.NOT_EVIDENCED;
          reason = "the model records none of the evidence that the evidence map lists for it";
        } else {
          status = RequirementStatus.CONFORMING;
        }
      }
      RequirementResult result = new RequirementResult(r.ref(), r.kind().name(), r.title(), status,
          automated, reason, against.stream().map(Finding::id).toList());
      requirementResults.add(result);
      byRef.put(r.ref(), result);
    }

    List<ControlResult> controls = new ArrayList<>();
    for (Requirement r : catalog.requirements()) {
      if (r.kind() != RequirementKind.CONTROL) {
        continue;
      }
      RequirementResult result = byRef.get(r.ref());
      Set<String> why = reasons.getOrDefault(r.ref(), Set.of());
      String note = null;
      if (why.isEmpty() && result.status() == RequirementStatus.CONFORMING) {
        note = "The Statement of Applicability includes this control, but nothing in the "
            + "organization's context makes it applicable, so the checks that depend on context "
            + "(per AI system, per data resource, per supplier) had nothing to check.";
      }
      controls.add(new ControlResult(r.ref(), r.title(), !why.isEmpty(), List.copyOf(why),
          List.copyOf(systems.getOrDefault(r.ref(), Set.of())), soaView(soaEntries.get(r.ref())),
          result.status(), note, result.findings()));
    }

    Summary summary = summarize(findings, requirementResults);
    return new EvaluationReport(EvaluationReport.REPORT_VERSION, generator,
        catalog.id() + " " + catalog.version(), model.organization().name(), asOf, summary, findings,
        requirementResults, controls, List.of(), null);
  }

  /**
   * Whether a finding that is not a nonconformity says that evidence a requirement of the standard
   * needs is absent: it rests on the standard (not on guidance or a law alone) and its subject, or
   * the subject of one of its instances, is a place of the model that holds nothing.
   */
  private static boolean absentEvidence(AimsModel model, Finding f) {
    if (f.basis() != Basis.REQUIREMENT && f.isoRequirement() == null) {
      return false;
    }
    if (!f.instances().isEmpty()) {
      return f.instances().stream().anyMatch(i -> absentEvidence(model, i));
    }
    if (!f.escalates().isEmpty()) {
      return f.escalates().stream().anyMatch(i -> absentEvidence(model, i));
    }
    return !f.subject().isEmpty() && !ModelPaths.holdsValue(model, f.subject());
  }

  /**
   * Whether some present evidence concerns a requirement: an evidence ref equal to it, one of its
   * parts (6.1.2 for 6.1; A.6.2.6 for A.6.2) or its whole (6.1.2 for the obligation 6.1.2-c).
   */
  static boolean evidencedBy(String ref, Set<String> evidenced) {
    if (evidenced == null) {
      return true;
    }
    for (String e : evidenced) {
      if (e.equals(ref) || e.startsWith(ref + ".") || e.startsWith(ref + "-")
          || ref.startsWith(e + ".") || ref.startsWith(e + "-")) {
        return true;
      }
    }
    return false;
  }

  private List<Finding> grade(AimsModel model, Collection<Violation> violations,
      EvaluationOptions options, Function<Object, String> pointerOf) {
    Map<String, Finding> byId = new TreeMap<>();
    for (Violation v : violations) {
      if (options.disabledRules().contains(v.ruleId())) {
        continue;
      }
      RuleMetadata m = rules.get(v.ruleId());
      if (m == null) {
        throw new IllegalStateException("rule " + v.ruleId() + " has no metadata in " + catalog.id());
      }
      String subject = v.pointer();
      if (subject == null) {
        subject = pointerOf.apply(v.subject());
        if (subject == null) {
          subject = "";
        }
      }
      if (v.field() != null) {
        subject = subject + "/" + v.field();
      }
      Severity severity = m.capped(options.severityOverrides().getOrDefault(m.id(), m.severity()));
      String identity = StableIdentity.of(model, subject);
      String id = Fingerprint.of(m.id(), identity);
      Finding f = new Finding(id, m.id(), m.requirement(), m.obligations(), m.basis(), m.basisRef(),
          m.isoRequirement(), severity, m.title(), subject, v.entityId(), identity,
          render(m.message(), v.facts()), v.facts(), m.recommendedActions(), references(m),
          List.of(), List.of(), null, null);
      // Two activations on one subject are one finding; keep a deterministic one.
      byId.merge(id, f, (a, b) -> a.facts().toString().compareTo(b.facts().toString()) <= 0 ? a : b);
    }
    return new ArrayList<>(byId.values());
  }

  /**
   * One rule's lapse found on two or more subjects becomes one systemic finding that names every
   * subject and holds the finding on each as an instance.
   */
  private List<Finding> systemic(List<Finding> findings) {
    Map<String, List<Finding>> byRule = new TreeMap<>();
    for (Finding f : findings) {
      byRule.computeIfAbsent(f.ruleId() + "\u0000" + f.severity(), k -> new ArrayList<>()).add(f);
    }
    List<Finding> result = new ArrayList<>();
    for (List<Finding> group : byRule.values()) {
      if (group.size() < 2) {
        result.addAll(group);
        continue;
      }
      group.sort(findingOrder());
      Finding first = group.get(0);
      List<String> subjects = new ArrayList<>();
      for (Finding f : group) {
        subjects.add(f.entityId() != null ? f.entityId() : f.subject());
      }
      List<String> distinct = subjects.stream().distinct().toList();
      Map<String, String> facts = new LinkedHashMap<>();
      facts.put("occurrences", String.valueOf(group.size()));
      facts.put("subjects", String.join(", ", distinct));
      String message = "The same lapse is found on " + group.size() + " subjects ("
          + String.join(", ", distinct) + "), so it is systemic rather than isolated: "
          + first.title() + ". Each occurrence is listed with its own facts.";
      result.add(new Finding(Fingerprint.of(first.ruleId(), SYSTEMIC_SUBJECT), first.ruleId(),
          first.requirement(), first.obligations(), first.basis(), first.basisRef(),
          first.isoRequirement(), first.severity(), first.title(), commonPointer(group), null,
          SYSTEMIC_SUBJECT, message, facts, first.recommendedActions(), first.references(),
          List.of(), group, null, null));
    }
    return result;
  }

  /** The longest JSON Pointer that every finding's subject starts with. */
  private static String commonPointer(List<Finding> group) {
    String[] common = null;
    for (Finding f : group) {
      String[] parts = f.subject().split("/", -1);
      if (common == null) {
        common = parts;
        continue;
      }
      int n = 0;
      while (n < common.length && n < parts.length && common[n].equals(parts[n])) {
        n++;
      }
      common = java.util.Arrays.copyOf(common, n);
    }
    return common == null || common.length <= 1 ? "" : String.join("/", common);
  }

  /**
   * Distinct minor lapses (different rules) against one requirement, at or above the threshold,
   * become one major. One rule's lapse on many subjects counts once.
   */
  private List<Finding> escalate(List<Finding> findings, int threshold) {
    if (threshold < 2) {
      return findings;
    }
    Map<String, List<Finding>> minors = new TreeMap<>();
    for (Finding f : findings) {
      if (f.severity() == Severity.MINOR) {
        minors.computeIfAbsent(f.requirement(), k -> new ArrayList<>()).add(f);
      }
    }
    Set<Finding> escalated = new HashSet<>();
    List<Finding> added = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : minors.entrySet()) {
      List<Finding> group = e.getValue();
      long lapses = group.stream().map(Finding::ruleId).distinct().count();
      if (lapses < threshold) {
        continue;
      }
      group.sort(findingOrder());
      escalated.addAll(group);
      String ref = e.getKey();
      Requirement req = requirements.get(ref);
      Set<String> obligations = new TreeSet<>(NaturalOrder.COMPARATOR);
      Set<Reference> refs = new TreeSet<>();
      Set<String> titles = new LinkedHashSet<>();
      for (Finding f : group) {
        obligations.addAll(f.obligations());
        refs.addAll(f.references());
        titles.add(f.title());
      }
      Map<String, String> facts = new LinkedHashMap<>();
      facts.put("distinctLapses", String.valueOf(lapses));
      facts.put("threshold", String.valueOf(threshold));
      String title = "Repeated minor nonconformities against " + ref
          + (req == null ? "" : " " + req.title());
      String message = lapses + " distinct minor nonconformities against " + ref
          + (req == null ? "" : " (" + req.title() + ")")
          + " together show that the requirement is not under control: " + String.join("; ", titles)
          + ". A certification auditor grades several distinct lapses against one requirement as "
          + "a breakdown of it, a major.";
      added.add(new Finding(Fingerprint.of(Finding.ESCALATION_RULE_ID, ref),
          Finding.ESCALATION_RULE_ID, ref, List.copyOf(obligations), Basis.REQUIREMENT, ref, null,
          Severity.MAJOR, title, "", null, ref, message, facts, List.of(
              "Analyse the common root cause of the listed minor nonconformities and correct the "
                  + "process behind them, not only each instance.",
              "Close each listed finding and verify the corrective action's effectiveness."),
          List.copyOf(refs), group, List.of(), null, null));
    }
    List<Finding> result = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!escalated.contains(f)) {
        result.add(f);
      }
    }
    result.addAll(added);
    return result;
  }

  private Summary summarize(List<Finding> findings, List<RequirementResult> results) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    Map<Severity, Integer> regulatory = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
      regulatory.put(s, 0);
    }
    for (Finding f : findings) {
      counts.merge(f.severity(), 1, Integer::sum);
      if (f.isRegulatory()) {
        regulatory.merge(f.severity(), 1, Integer::sum);
      }
    }
    Map<RequirementStatus, Integer> statuses = new EnumMap<>(RequirementStatus.class);
    for (RequirementStatus s : RequirementStatus.values()) {
      statuses.put(s, 0);
    }
    results.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));

    // label -> ids of the findings (top level) that carry it
    Map<String, Set<String>> stage1 = new LinkedHashMap<>();
    Map<String, Set<String>> stage2 = new LinkedHashMap<>();
    for (Finding f : findings) {
      for (Finding part : parts(f)) {
        RuleMetadata m = rules.get(part.ruleId());
        if (m == null || !part.isNonconformity()) {
          continue;
        }
        String label = part.requirement() + " " + part.title();
        if (m.readinessGate() == ReadinessGate.STAGE_1) {
          stage1.computeIfAbsent(label, k -> new TreeSet<>()).add(f.id());
        } else if (m.readinessGate() == ReadinessGate.STAGE_2) {
          stage2.computeIfAbsent(label, k -> new TreeSet<>()).add(f.id());
        }
      }
    }
    List<String> notEvidenced = results.stream()
        .filter(r -> r.status() == RequirementStatus.NOT_EVIDENCED).map(RequirementResult::ref)
        .toList();
    List<String> majorIds = findings.stream().filter(f -> f.severity() == Severity.MAJOR)
        .map(Finding::id).toList();
    List<String> why = new ArrayList<>();
    Set<String> deciding = new LinkedHashSet<>();
    Verdict verdict;
    if (!stage1.isEmpty()) {
      verdict = Verdict.NOT_READY;
      why.add("Mandatory documented information is missing or inadequate: " + cite(stage1, deciding)
          + ".");
    } else if (!stage2.isEmpty() || !majorIds.isEmpty()) {
      verdict = Verdict.STAGE_1_READY;
      if (!stage2.isEmpty()) {
        why.add("The internal audit and management review cycle is not evidenced: "
            + cite(stage2, deciding) + ".");
      }
      if (!majorIds.isEmpty()) {
        int majors = majorIds.size();
        deciding.addAll(majorIds);
        why.add(majors + (majors == 1 ? " major nonconformity is" : " major nonconformities are")
            + " open (findings " + String.join(", ", majorIds) + "); a certification body "
            + "verifies their correction before certifying.");
      }
    } else if (!notEvidenced.isEmpty()) {
      verdict = Verdict.STAGE_1_READY;
      why.add(notEvidenced.size() + (notEvidenced.size() == 1 ? " requirement that applies is"
          : " requirements that apply are") + " not evidenced in the model ("
          + String.join(", ", notEvidenced) + "); no nonconformity was found against "
          + (notEvidenced.size() == 1 ? "it" : "them") + ", but an auditor will ask for the "
          + "evidence before stage 2.");
    } else {
      verdict = Verdict.STAGE_2_READY;
      why.add("Mandatory documented information is in place, a completed internal audit and "
          + "management review cycle is evidenced, every applicable requirement that rules check "
          + "is evidenced in the model, and no major nonconformity is open.");
    }
    return new Summary(verdict, why, List.copyOf(deciding), counts, 0, regulatory, statuses);
  }

  /** The findings a top-level finding stands for (a systemic one keeps its rule, title and grade). */
  private static List<Finding> parts(Finding f) {
    return f.escalates().isEmpty() ? List.of(f) : f.escalates();
  }

  private static String cite(Map<String, Set<String>> labels, Set<String> deciding) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : labels.entrySet()) {
      deciding.addAll(e.getValue());
      parts.add(e.getKey() + " (finding " + String.join(", ", e.getValue()) + ")");
    }
    return String.join("; ", parts);
  }

  /**
   * The catalog's requirement refs that some present evidence concerns ({@link #evidencedBy}), from
   * the refs of the present evidence; each evidence ref's matches are computed once per assembler.
   */
  private Set<String> evidencedRequirements(Set<String> evidenced) {
    Set<String> result = new HashSet<>();
    for (String e : evidenced) {
      result.addAll(evidencedRequirements.computeIfAbsent(e, k -> {
        Set<String> matches = new HashSet<>();
        for (Requirement r : catalog.requirements()) {
          if (evidencedBy(r.ref(), Set.of(k))) {
            matches.add(r.ref());
          }
        }
        return Set.copyOf(matches);
      }));
    }
    return result;
  }

  private List<Reference> references(RuleMetadata m) {
    return referencesByRule.get(m.id());
  }

  private List<Reference> computeReferences(RuleMetadata m) {
    Set<Reference> refs = new TreeSet<>(m.references());
    for (String ref : concerns(m.requirement(), m.obligations())) {
      refs.addAll(catalog.crosswalk().getOrDefault(ref, List.of()));
    }
    return List.copyOf(refs);
  }

  /** The requirement refs a rule concerns: its requirement, its obligations and their parents. */
  private Set<String> concerns(String requirement, List<String> obligations) {
    Set<String> refs = new LinkedHashSet<>();
    refs.add(requirement);
    for (String o : obligations) {
      refs.add(o);
      Requirement r = requirements.get(o);
      if (r != null && r.parent() != null) {
        refs.add(r.parent());
      }
    }
    return refs;
  }

  /** The requirement refs a finding counts against: its requirement, obligations and their parents. */
  private Set<String> concerns(Finding f) {
    return concerns(f.requirement(), f.obligations());
  }

  private Comparator<Finding> findingOrder() {
    return Comparator.<Finding>comparingInt(f -> order.getOrDefault(f.requirement(), Integer.MAX_VALUE))
        .thenComparing(Finding::requirement)
        .thenComparing(Finding::severity)
        .thenComparing(Finding::ruleId)
        .thenComparing(Finding::subject)
        .thenComparing(Finding::id);
  }

  private static boolean included(SoaEntry e) {
    return e != null && Boolean.TRUE.equals(e.included());
  }

  private static SoaView soaView(SoaEntry e) {
    if (e == null) {
      return SoaView.NOT_LISTED;
    }
    return new SoaView(true, e.included(), e.justification(),
        e.implementationStatus() == null ? null : e.implementationStatus().name());
  }

  /** The Statement of Applicability's entries by control id (the first entry of each control). */
  private static Map<String, SoaEntry> soaEntries(AimsModel model) {
    Map<String, SoaEntry> entries = new HashMap<>();
    if (model.statementOfApplicability() != null) {
      for (SoaEntry e : model.statementOfApplicability().entries()) {
        if (e.controlId() != null) {
          entries.putIfAbsent(e.controlId(), e);
        }
      }
    }
    return entries;
  }

  /** A reason as a sentence: first letter upper case, ending with a full stop. */
  static String sentence(String reason) {
    String r = reason.strip();
    if (r.isEmpty()) {
      return r;
    }
    r = Character.toUpperCase(r.charAt(0)) + r.substring(1);
    char last = r.charAt(r.length() - 1);
    return last == '.' || last == '!' || last == '?' ? r : r + ".";
  }

  static String render(String template, Map<String, String> facts) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = facts.get(m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
