package org.aimsrules.core.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aimsrules.core.catalog.NotAutomated;
import org.aimsrules.core.catalog.PackMetadata;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.report.Reference;
import org.kie.api.KieBase;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * The packs of an evaluator, checked once: ids unique and namespaced, every included pack given,
 * the KieBases forming one chain. Holds the merged catalog and the KieBase that runs (the one of the
 * pack that includes all the others).
 */
final class PackSet {
  private final List<RulePack> packs;
  private final RulePack top;
  private final RuleCatalog catalog;
  private final Map<String, String> packOfRule;

  private PackSet(List<RulePack> packs, RulePack top, RuleCatalog catalog,
      Map<String, String> packOfRule) {
    this.packs = packs;
    this.top = top;
    this.catalog = catalog;
    this.packOfRule = packOfRule;
  }

  /**
   * Checks packs and orders them, included packs first.
   *
   * @throws IllegalArgumentException when they cannot run together, with the reason
   */
  static PackSet of(Collection<RulePack> given) {
    if (given.isEmpty()) {
      throw new NullPointerException("rulePack: no rule pack given");
    }
    Map<String, RulePack> byId = new LinkedHashMap<>();
    for (RulePack p : given) {
      RulePack earlier = byId.putIfAbsent(p.id(), p);
      if (earlier != null && earlier != p) {
        throw new IllegalArgumentException("two rule packs have the id '" + p.id() + "'");
      }
    }
    Map<String, Set<String>> closures = new HashMap<>();
    for (RulePack p : byId.values()) {
      closures.put(p.id(), closure(p, byId, new LinkedHashSet<>()));
    }
    List<RulePack> ordered = new ArrayList<>(byId.values());
    ordered.sort((a, b) -> {
      int c = Integer.compare(closures.get(a.id()).size(), closures.get(b.id()).size());
      return c != 0 ? c : a.id().compareTo(b.id());
    });
    RulePack top = ordered.get(ordered.size() - 1);
    Set<String> others = new TreeSet<>(byId.keySet());
    others.remove(top.id());
    if (!closures.get(top.id()).containsAll(others)) {
      throw new IllegalArgumentException("rule packs " + new TreeSet<>(byId.keySet())
          + " do not form a chain: an evaluation runs one rule session, on the KieBase of the pack "
          + "that includes all the others (RulePack.includes()), and none does");
    }
    List<String> problems = new ArrayList<>();
    Map<String, String> packOfRule = new HashMap<>();
    Map<String, String> packOfRequirement = new HashMap<>();
    List<Requirement> requirements = new ArrayList<>();
    List<RuleMetadata> rules = new ArrayList<>();
    List<NotAutomated> notAutomated = new ArrayList<>();
    Map<String, List<Reference>> crosswalk = new LinkedHashMap<>();
    Map<String, String> groupTitles = new LinkedHashMap<>();
    for (RulePack p : ordered) {
      RuleCatalog c = p.catalog();
      problems.addAll(PackMetadata.namespaceProblems(p.id(), c));
      for (RuleMetadata m : c.rules()) {
        String other = packOfRule.putIfAbsent(m.id(), p.id());
        if (other != null) {
          problems.add("rule " + m.id() + " is in packs " + other + " and " + p.id());
        }
      }
      for (Requirement r : c.requirements()) {
        String other = packOfRequirement.putIfAbsent(r.ref(), p.id());
        if (other != null) {
          problems.add("requirement " + r.ref() + " is in packs " + other + " and " + p.id());
        }
      }
      requirements.addAll(c.requirements());
      rules.addAll(c.rules());
      notAutomated.addAll(c.notAutomated());
      crosswalk.putAll(c.crosswalk());
      c.groupTitles().forEach(groupTitles::putIfAbsent);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("rule packs " + new TreeSet<>(byId.keySet())
          + " cannot run together: " + String.join("; ", problems));
    }
    RuleCatalog base = ordered.get(0).catalog();
    RuleCatalog merged = ordered.size() == 1 ? base : new RuleCatalog(base.id(), base.version(),
        requirements, rules, notAutomated, crosswalk, groupTitles);
    return new PackSet(List.copyOf(ordered), top, merged, Map.copyOf(packOfRule));
  }

  private static Set<String> closure(RulePack p, Map<String, RulePack> byId, Set<String> path) {
    if (!path.add(p.id())) {
      throw new IllegalArgumentException("rule packs include each other: " + path);
    }
    Set<String> all = new TreeSet<>();
    for (String id : p.includes()) {
      RulePack included = byId.get(id);
      if (included == null) {
        throw new IllegalArgumentException("rule pack '" + p.id() + "' includes pack '" + id
            + "', which is not among the evaluator's packs: add it with "
            + "Evaluator.builder().rulePack(..)");
      }
      all.add(id);
      all.addAll(closure(included, byId, new LinkedHashSet<>(path)));
    }
    return all;
  }

  /** The packs, included packs first. */
  List<RulePack> packs() {
    return packs;
  }

  /** The merged catalog: the base pack's id and version, every pack's rules and requirements. */
  RuleCatalog catalog() {
    return catalog;
  }

  /** The KieBase that runs: the top pack's. */
  KieBase kieBase() {
    return top.kieBase();
  }

  /** The report's catalog: each pack's id and version, included packs first. */
  String catalogLabel() {
    StringBuilder b = new StringBuilder();
    for (RulePack p : packs) {
      b.append(b.length() == 0 ? "" : " + ").append(p.id()).append(' ')
          .append(p.catalog().version());
    }
    return b.toString();
  }

  /** The pack each rule id comes from. */
  Map<String, String> packOfRule() {
    return packOfRule;
  }

  /** Every pack's context facts, included packs first. */
  List<Object> contextFacts(LocalDate asOf) {
    List<Object> facts = new ArrayList<>();
    for (RulePack p : packs) {
      facts.addAll(p.contextFacts(asOf));
    }
    return facts;
  }

  /**
   * The agenda filter that skips disabled rules, or null when none is disabled. Derivation rules
   * cannot be disabled: options naming them are refused, as every id not in the catalog is.
   */
  static AgendaFilter skipping(Set<String> disabledRules) {
    if (disabledRules.isEmpty()) {
      return null;
    }
    Set<String> disabled = Set.copyOf(disabledRules);
    return match -> {
      String name = match.getRule().getName();
      return name.startsWith(RuleBases.DERIVATION_PREFIX) || !disabled.contains(name);
    };
  }

}
