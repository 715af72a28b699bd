package org.aimsrules.core.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.aimsrules.core.catalog.NotAutomated;
import org.aimsrules.core.catalog.PackMetadata;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Reference;

/**
 * The catalog indexed for the report stages: requirements in the standard's order, the rules that
 * check each, the references of each rule's findings. Built once per catalog; thread-safe.
 */
public final class CatalogIndex {
  private final RuleCatalog catalog;
  private final Map<String, RuleMetadata> rules;
  private final Map<String, Integer> order = new HashMap<>();
  private final Map<String, Requirement> requirements = new HashMap<>();
  private final Map<String, String> notAutomated = new HashMap<>();
  private final Map<String, Set<String>> rulesByRequirement = new HashMap<>();
  private final Map<String, List<Reference>> referencesByRule = new HashMap<>();
  /** For each evidence ref, the requirement refs it evidences (see {@link #evidencedBy}). */
  private final Map<String, Set<String>> evidencedRequirements = new ConcurrentHashMap<>();
  // Parsed on first use: most rules raise no finding in a given evaluation.
  private final Map<String, MessageTemplate> messages = new ConcurrentHashMap<>();
  private final Comparator<Finding> findingOrder;
  private final Map<String, String> packOfRule;
  private final List<RequirementEntry> requirementEntries;

  /**
   * A requirement of the catalog with what the status stage asks about it, looked up once per
   * index rather than once per report.
   *
   * @param requirement the requirement
   * @param automated whether some rule checks it
   * @param notAutomatedReason why not, as the catalog says, or {@code null}
   * @param ownPack whether it comes from the catalog's own pack ({@link #packOf})
   */
  public record RequirementEntry(Requirement requirement, boolean automated,
      String notAutomatedReason, boolean ownPack) {}

  /**
   * Indexes a catalog.
   *
   * @param catalog the catalog
   */
  public CatalogIndex(RuleCatalog catalog) {
    this(catalog, Map.of());
  }

  /**
   * Indexes a catalog merged from several packs.
   *
   * @param catalog the catalog
   * @param packOfRule the pack of each rule id; a rule not in it belongs to the catalog's own pack
   */
  public CatalogIndex(RuleCatalog catalog, Map<String, String> packOfRule) {
    this.catalog = catalog;
    this.packOfRule = Map.copyOf(packOfRule);
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
      Set<Reference> refs = new TreeSet<>(m.references());
      for (String ref : concerns(m.requirement(), m.obligations())) {
        refs.addAll(catalog.crosswalk().getOrDefault(ref, List.of()));
      }
      referencesByRule.put(m.id(), List.copyOf(refs));
    }
    List<RequirementEntry> entries = new ArrayList<>();
    for (Requirement r : catalog.requirements()) {
      entries.add(new RequirementEntry(r, automated(r.ref()), notAutomatedReason(r.ref()),
          packOf(r.ref()).equals(catalog.id())));
    }
    this.requirementEntries = List.copyOf(entries);
    this.findingOrder = Comparator
        .<Finding>comparingInt(f -> order.getOrDefault(f.requirement(), Integer.MAX_VALUE))
        .thenComparing(Finding::requirement)
        .thenComparing(Finding::severity)
        .thenComparing(Finding::ruleId)
        .thenComparing(Finding::subject)
        .thenComparing(Finding::id);
  }

  /**
   * The pack a rule or requirement comes from: the pack recorded for a rule id, else the namespace
   * of a namespaced id ({@code acme} for {@code acme:HR-1}), else the catalog's own.
   *
   * @param idOrRef a rule id or requirement ref
   * @return the pack id
   */
  public String packOf(String idOrRef) {
    String pack = packOfRule.get(idOrRef);
    if (pack != null) {
      return pack;
    }
    String namespace = PackMetadata.namespaceOf(idOrRef);
    return namespace != null ? namespace : catalog.id();
  }

  /**
   * The catalog.
   *
   * @return the catalog
   */
  public RuleCatalog catalog() {
    return catalog;
  }

  /**
   * A rule's metadata.
   *
   * @param ruleId rule id
   * @return its metadata, or {@code null}
   */
  public RuleMetadata rule(String ruleId) {
    return rules.get(ruleId);
  }

  /**
   * A rule's message template, parsed once.
   *
   * @param rule the rule's metadata
   * @return its parsed message
   */
  public MessageTemplate message(RuleMetadata rule) {
    return messages.computeIfAbsent(rule.id(), k -> MessageTemplate.parse(rule.message()));
  }

  /**
   * A requirement.
   *
   * @param ref requirement ref
   * @return it, or {@code null}
   */
  public Requirement requirement(String ref) {
    return requirements.get(ref);
  }

  /**
   * Whether some rule checks a requirement.
   *
   * @param ref requirement ref
   * @return true when automated
   */
  private boolean automated(String ref) {
    return rulesByRequirement.containsKey(ref);
  }

  /**
   * The catalog's requirements, in its order, each with what the status stage asks about it.
   *
   * @return the entries
   */
  public List<RequirementEntry> requirementEntries() {
    return requirementEntries;
  }

  /**
   * Why a requirement is not automated, as the catalog says.
   *
   * @param ref requirement ref
   * @return the reason, or {@code null}
   */
  private String notAutomatedReason(String ref) {
    return notAutomated.get(ref);
  }

  /**
   * The references of a rule's findings: its own and the crosswalk's of what it concerns.
   *
   * @param ruleId rule id
   * @return the references
   */
  public List<Reference> references(String ruleId) {
    return referencesByRule.getOrDefault(ruleId, List.of());
  }

  /**
   * The report order of findings: clause order, then requirement, severity, rule, subject, id.
   *
   * @return the comparator
   */
  public Comparator<Finding> findingOrder() {
    return findingOrder;
  }

  /**
   * The requirement refs a rule concerns: its requirement, its obligations and their parents.
   *
   * @param requirement the rule's requirement
   * @param obligations its obligations
   * @return the refs
   */
  public Set<String> concerns(String requirement, List<String> obligations) {
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

  /**
   * The requirement refs a finding counts against.
   *
   * @param f a finding
   * @return its requirement, obligations and their parents
   */
  public Set<String> concerns(Finding f) {
    return concerns(f.requirement(), f.obligations());
  }

  /**
   * The requirement refs that some present evidence concerns ({@link #evidencedBy}); each evidence
   * ref's matches are computed once per index.
   *
   * @param evidenced the refs of the present evidence
   * @return the requirement refs
   */
  public Set<String> evidencedRequirements(Set<String> evidenced) {
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

  /**
   * Whether some present evidence concerns a requirement: an evidence ref equal to it, one of its
   * parts (6.1.2 for 6.1; A.6.2.6 for A.6.2) or its whole (6.1.2 for the obligation 6.1.2-c).
   *
   * @param ref a requirement ref
   * @param evidenced the refs of the present evidence, or {@code null} for unknown
   * @return whether it is evidenced
   */
  public static boolean evidencedBy(String ref, Set<String> evidenced) {
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
}
