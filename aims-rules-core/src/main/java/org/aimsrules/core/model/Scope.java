package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Scope of the AI management system (4.3).
 */
@RecordBuilder
public record Scope(
    @Evidence(value = {"4.3-3"}, when = "always: the scope must be documented information (4.3/scope-not-documented)", alsoIn = {"/documents[type=AIMS_SCOPE]"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the scope statement.")
    String documentId,
    @Evidence(value = {"4.3-4"}, when = "always, as one of the ways of stating activities and boundaries (4.3/scope-activities-not-stated, 4.3/scope-boundaries-not-defined)", alsoIn = {"/scope/activities", "/scope/boundaries"})
    @JsonPropertyDescription("The scope statement.")
    String statement,
    @Evidence(value = {"4.3-1"}, when = "always: the scope must state its boundaries (4.3/scope-boundaries-not-defined)", alsoIn = {"/scope/organizationalUnits", "/scope/sites", "/scope/statement"})
    @JsonPropertyDescription("Organizational, physical and technical boundaries.")
    String boundaries,
    @Evidence(value = {"4.3-1"}, when = "always, as one of the ways of stating the boundaries (4.3/scope-boundaries-not-defined)", alsoIn = {"/scope/boundaries", "/scope/sites", "/scope/statement"})
    @JsonPropertyDescription("Units in scope.")
    List<String> organizationalUnits,
    @Evidence(value = {"4.3-1"}, when = "always, as one of the ways of stating the boundaries (4.3/scope-boundaries-not-defined)", alsoIn = {"/scope/boundaries", "/scope/organizationalUnits", "/scope/statement"})
    @JsonPropertyDescription("Sites in scope.")
    List<String> sites,
    @Evidence(value = {"4.3-4"}, when = "always: the scope must state the activities covered (4.3/scope-activities-not-stated)", alsoIn = {"/scope/statement"})
    @JsonPropertyDescription("Activities covered by the AIMS (4.3).")
    List<String> activities,
    @Evidence(value = {"4.3-1"}, when = "always: the scope must say which AI systems it covers (4.3/scope-names-no-ai-systems, MAJOR; systems not named are reported and still checked as in scope)")
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems in scope.")
    List<String> includedAiSystemIds,
    @Evidence(value = {"4.3-1"}, need = Evidence.Need.APPLICABLE, when = "only when an AI system of the inventory is left out of includedAiSystemIds: an exclusion must name and justify it (4.3/ai-system-outside-scope, customer-facing variant); no exclusions is the demanding reading: every system of the inventory is then held to the scope", absentMeans = "[]")
    @JsonPropertyDescription("Exclusions with justification.")
    List<ScopeExclusion> exclusions,
    @Evidence(value = {"4.3-2"}, when = "always (observation 4.3/scope-considers-no-context-issues; fires even when no issue is identified)")
    @RefersTo(ContextIssue.class) @JsonPropertyDescription("Issues (4.1) taken into account when setting the scope.")
    List<String> consideredIssueIds,
    @Evidence(value = {"4.3-2"}, when = "always (observation 4.3/scope-considers-no-party-requirements; fires even when no requirement is identified)")
    @RefersTo(PartyRequirement.class) @JsonPropertyDescription("Interested-party requirements (4.2) taken into account.")
    List<String> consideredRequirementIds) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public Scope {
    organizationalUnits = ModelLists.copy(organizationalUnits, "organizationalUnits");
    sites = ModelLists.copy(sites, "sites");
    activities = ModelLists.copy(activities, "activities");
    includedAiSystemIds = ModelLists.copy(includedAiSystemIds, "includedAiSystemIds");
    exclusions = ModelLists.copy(exclusions, "exclusions");
    consideredIssueIds = ModelLists.copy(consideredIssueIds, "consideredIssueIds");
    consideredRequirementIds = ModelLists.copy(consideredRequirementIds, "consideredRequirementIds");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ScopeBuilder builder() {
    return ScopeBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ScopeBuilder toBuilder() {
    return ScopeBuilder.builder(this);
  }
}
