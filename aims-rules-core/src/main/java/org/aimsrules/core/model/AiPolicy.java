package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * The AI policy (5.2, A.2).
 */
@RecordBuilder
public record AiPolicy(
    @Evidence(value = {"5.2-e"}, when = "always (5.2/policy-not-documented)", alsoIn = {"/documents[type=AI_POLICY]"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the AI policy.")
    String documentId,
    @Informational("descriptive")
    @JsonPropertyDescription("Title.")
    String title,
    @Informational("no requirement names a policy owner")
    @RefersTo(Person.class) @JsonPropertyDescription("Owner responsible for its development and review (A.2.4).")
    String ownerId,
    @Evidence(value = {"5.2-a"}, when = "always: approval by top management (5.2/policy-not-approved-by-top-management)", alsoIn = {"/documents/*/approvedBy"})
    @RefersTo(Person.class) @JsonPropertyDescription("Member of top management who approved it.")
    String approvedBy,
    @Informational("only orders approval and communication (observation 5.2/policy-communicated-before-approval); approval itself is approvedBy or the document's approval")
    @JsonPropertyDescription("Approval date.")
    LocalDate approvedOn,
    @Informational("absent means the planned interval or the default applies")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("Planned review interval in months (5.2, A.2.4).")
    Integer reviewIntervalMonths,
    @Evidence(value = {"5.2-a", "A.2.4"}, when = "always (5.2/policy-review-overdue)", alsoIn = {"/documents/*/reviewedOn"})
    @JsonPropertyDescription("Last review date.")
    LocalDate lastReviewedOn,
    @Evidence(value = {"A.2.2"}, need = Evidence.Need.APPLICABLE, when = "when the organization develops AI systems (A.2.2/policy-does-not-cover-development); an absent value is read as not covering development, the strict case", absentMeans = "false")
    @JsonPropertyDescription("Whether it covers the development of AI systems.")
    Boolean coversDevelopment,
    @Evidence(value = {"A.2.2"}, need = Evidence.Need.APPLICABLE, when = "when the organization uses AI systems (A.2.2/policy-does-not-cover-use); an absent value is read as not covering use, the strict case", absentMeans = "false")
    @JsonPropertyDescription("Whether it covers the use of AI systems.")
    Boolean coversUse,
    @Evidence(value = {"5.2-b"}, when = "always (5.2/policy-objectives-framework-missing)")
    @JsonPropertyDescription("Whether it gives a framework for setting AI objectives (5.2 b).")
    Boolean providesObjectivesFramework,
    @Evidence(value = {"5.2-c", "5.2-d"}, when = "always (5.2/policy-commitment-to-requirements-missing, -improvement-missing)")
    @JsonPropertyDescription("Commitments it states (5.2 c, d).")
    List<PolicyCommitment> commitments,
    @Evidence(value = {"A.2.2"}, need = Evidence.Need.APPLICABLE, when = "annex A.2 rules (not in this slice) read it")
    @JsonPropertyDescription("Principles guiding AI activities.")
    List<String> principles,
    @Evidence(value = {"5.2-f"}, need = Evidence.Need.APPLICABLE, when = "when other policies or certified management systems exist (observation 5.2/policy-refers-to-no-other-policies)", alsoIn = {"/aiPolicy/policyAlignments"})
    @JsonPropertyDescription("Other organizational policies it refers to.")
    List<String> referencedPolicies,
    @Evidence(value = {"5.2-f"}, need = Evidence.Need.APPLICABLE, when = "as referencedPolicies", alsoIn = {"/aiPolicy/referencedPolicies"})
    @JsonPropertyDescription("Alignment with other organizational policies (A.2.3).")
    List<PolicyAlignment> policyAlignments,
    @Evidence(value = {"5.2-g"}, when = "always (5.2/policy-not-communicated); also shown by an awareness activity on the policy or a performed internal communication about the AI policy", alsoIn = {"/awarenessActivities[topics=AI_POLICY]", "/communications/*/lastPerformedOn"})
    @JsonPropertyDescription("When it was last communicated within the organization (5.2).")
    LocalDate communicatedOn,
    @Evidence(value = {"5.2-h"}, when = "always (5.2/policy-not-available-to-interested-parties)", alsoIn = {"/aiPolicy/publicationChannel"})
    @JsonPropertyDescription("Whether it is available to interested parties (5.2).")
    Boolean availableToInterestedParties,
    @Evidence(value = {"5.2-h"}, need = Evidence.Need.APPLICABLE, when = "when the policy is said to be available (observation 5.2/policy-publication-channel-missing)", onlyIf = "availableToInterestedParties=true")
    @JsonPropertyDescription("Where interested parties find it.")
    String publicationChannel) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public AiPolicy {
    commitments = ModelLists.copy(commitments, "commitments");
    principles = ModelLists.copy(principles, "principles");
    referencedPolicies = ModelLists.copy(referencedPolicies, "referencedPolicies");
    policyAlignments = ModelLists.copy(policyAlignments, "policyAlignments");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static AiPolicyBuilder builder() {
    return AiPolicyBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public AiPolicyBuilder toBuilder() {
    return AiPolicyBuilder.builder(this);
  }
}
