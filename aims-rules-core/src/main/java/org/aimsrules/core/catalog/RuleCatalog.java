package org.aimsrules.core.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aimsrules.core.report.Reference;

/**
 * The data of a rule pack: its requirements, the metadata of each rule, the requirements it declares
 * not automatable, and the crosswalk from requirements to other frameworks.
 *
 * @param id catalog id
 * @param version catalog version
 * @param requirements requirements in the standard's order
 * @param rules rule metadata in catalog order
 * @param notAutomated requirements no rule checks, with reasons
 * @param crosswalk references to other frameworks, per requirement ref
 * @param groupTitles the title of each clause ({@code 4} to {@code 10}) and Annex A control objective
 *     ({@code A.2} to {@code A.10}), the groups reports arrange requirements in (see {@link #groupOf})
 */
public record RuleCatalog(
    String id,
    String version,
    List<Requirement> requirements,
    List<RuleMetadata> rules,
    List<NotAutomated> notAutomated,
    Map<String, List<Reference>> crosswalk,
    Map<String, String> groupTitles) {

  /** Makes the collections immutable. */
  public RuleCatalog {
    requirements = IndexedList.of(requirements, Requirement::ref);
    rules = IndexedList.of(rules, RuleMetadata::id);
    notAutomated = List.copyOf(notAutomated);
    Map<String, List<Reference>> copy = new LinkedHashMap<>();
    crosswalk.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    crosswalk = Collections.unmodifiableMap(copy);
    groupTitles = groupTitles == null ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(groupTitles));
  }

  /**
   * A catalog without group titles.
   *
   * @param id catalog id
   * @param version catalog version
   * @param requirements requirements in the standard's order
   * @param rules rule metadata in catalog order
   * @param notAutomated requirements no rule checks, with reasons
   * @param crosswalk references to other frameworks, per requirement ref
   */
  public RuleCatalog(String id, String version, List<Requirement> requirements,
      List<RuleMetadata> rules, List<NotAutomated> notAutomated,
      Map<String, List<Reference>> crosswalk) {
    this(id, version, requirements, rules, notAutomated, crosswalk, Map.of());
  }

  /**
   * The group a requirement belongs to: its clause ({@code 9} for {@code 9.2.2} and
   * {@code 9.2.2-a}) or its Annex A control objective ({@code A.6} for {@code A.6.2.8}).
   *
   * @param ref a requirement ref
   * @return the group
   */
  public static String groupOf(String ref) {
    String[] parts = ref.split("[.-]");
    if (ref.startsWith("A.") && parts.length >= 2) {
      return "A." + parts[1];
    }
    return parts[0];
  }

  /**
   * The title of a group ({@link #groupOf}).
   *
   * @param group a clause or control objective, e.g. {@code 9} or {@code A.6}
   * @return its title, or {@code ""} when the catalog has none
   */
  public String groupTitle(String group) {
    return groupTitles.getOrDefault(group, "");
  }

  /**
   * Metadata of a rule.
   *
   * @param ruleId the rule id
   * @return its metadata, if the catalog has the rule
   */
  public Optional<RuleMetadata> rule(String ruleId) {
    return Optional.ofNullable(rulesById().get(ruleId));
  }

  /**
   * Rules by id, in catalog order.
   *
   * @return an unmodifiable map from rule id to metadata
   */
  public Map<String, RuleMetadata> rulesById() {
    return ((IndexedList<RuleMetadata>) rules).byKey();
  }

  /**
   * A requirement.
   *
   * @param ref requirement reference
   * @return the requirement, if the catalog has it
   */
  public Optional<Requirement> requirement(String ref) {
    return Optional.ofNullable(((IndexedList<Requirement>) requirements).byKey().get(ref));
  }
}
