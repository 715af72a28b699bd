package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * Scope of the AI management system (4.3).
 *
 * @param documentId Id of the scope statement.
 * @param statement The scope statement.
 * @param boundaries Organizational, physical and technical boundaries.
 * @param organizationalUnits Units in scope.
 * @param sites Sites in scope.
 * @param activities Activities covered by the AIMS (4.3).
 * @param includedAiSystemIds AI systems in scope.
 * @param exclusions Exclusions with justification.
 * @param consideredIssueIds Issues (4.1) taken into account when setting the scope.
 * @param consideredRequirementIds Interested-party requirements (4.2) taken into account.
 */
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
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.documentId = documentId;
    b.statement = statement;
    b.boundaries = boundaries;
    b.organizationalUnits = organizationalUnits;
    b.sites = sites;
    b.activities = activities;
    b.includedAiSystemIds = includedAiSystemIds;
    b.exclusions = exclusions;
    b.consideredIssueIds = consideredIssueIds;
    b.consideredRequirementIds = consideredRequirementIds;
    return b;
  }

  /** Builder for {@link Scope}. */
  public static final class Builder {
    private String documentId;
    private String statement;
    private String boundaries;
    private List<String> organizationalUnits;
    private List<String> sites;
    private List<String> activities;
    private List<String> includedAiSystemIds;
    private List<ScopeExclusion> exclusions;
    private List<String> consideredIssueIds;
    private List<String> consideredRequirementIds;

    private Builder() {}

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the scope statement.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code statement}.
     *
     * @param value the scope statement.
     * @return this builder
     */
    public Builder statement(String value) {
      this.statement = value;
      return this;
    }

    /**
     * Sets {@code boundaries}.
     *
     * @param value organizational, physical and technical boundaries.
     * @return this builder
     */
    public Builder boundaries(String value) {
      this.boundaries = value;
      return this;
    }

    /**
     * Sets {@code organizationalUnits}.
     *
     * @param value units in scope.
     * @return this builder
     */
    public Builder organizationalUnits(List<String> value) {
      this.organizationalUnits = value;
      return this;
    }

    /**
     * Sets {@code sites}.
     *
     * @param value sites in scope.
     * @return this builder
     */
    public Builder sites(List<String> value) {
      this.sites = value;
      return this;
    }

    /**
     * Sets {@code activities}.
     *
     * @param value activities covered by the AIMS (4.3).
     * @return this builder
     */
    public Builder activities(List<String> value) {
      this.activities = value;
      return this;
    }

    /**
     * Sets {@code includedAiSystemIds}.
     *
     * @param value aI systems in scope.
     * @return this builder
     */
    public Builder includedAiSystemIds(List<String> value) {
      this.includedAiSystemIds = value;
      return this;
    }

    /**
     * Sets {@code exclusions}.
     *
     * @param value exclusions with justification.
     * @return this builder
     */
    public Builder exclusions(List<ScopeExclusion> value) {
      this.exclusions = value;
      return this;
    }

    /**
     * Sets {@code consideredIssueIds}.
     *
     * @param value issues (4.1) taken into account when setting the scope.
     * @return this builder
     */
    public Builder consideredIssueIds(List<String> value) {
      this.consideredIssueIds = value;
      return this;
    }

    /**
     * Sets {@code consideredRequirementIds}.
     *
     * @param value interested-party requirements (4.2) taken into account.
     * @return this builder
     */
    public Builder consideredRequirementIds(List<String> value) {
      this.consideredRequirementIds = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Scope build() {
      return new Scope(documentId, statement, boundaries, organizationalUnits, sites, activities, includedAiSystemIds, exclusions, consideredIssueIds, consideredRequirementIds);
    }
  }
}
