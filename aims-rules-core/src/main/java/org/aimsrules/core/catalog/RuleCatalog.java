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
 */
public record RuleCatalog(
    String id,
    String version,
    List<Requirement> requirements,
    List<RuleMetadata> rules,
    List<NotAutomated> notAutomated,
    Map<String, List<Reference>> crosswalk) {

  /** Makes the collections immutable. */
  public RuleCatalog {
    requirements = IndexedList.of(requirements, Requirement::ref);
    rules = IndexedList.of(rules, RuleMetadata::id);
    notAutomated = List.copyOf(notAutomated);
    Map<String, List<Reference>> copy = new LinkedHashMap<>();
    crosswalk.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    crosswalk = Collections.unmodifiableMap(copy);
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
