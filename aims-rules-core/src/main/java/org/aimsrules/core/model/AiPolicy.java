package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * The AI policy (5.2, A.2).
 *
 * @param documentId Id of the AI policy.
 * @param title Title.
 * @param ownerId Owner responsible for its development and review (A.2.4).
 * @param approvedBy Member of top management who approved it.
 * @param approvedOn Approval date.
 * @param reviewIntervalMonths Planned review interval in months (5.2, A.2.4).
 * @param lastReviewedOn Last review date.
 * @param coversDevelopment Whether it covers the development of AI systems.
 * @param coversUse Whether it covers the use of AI systems.
 * @param providesObjectivesFramework Whether it gives a framework for setting AI objectives (5.2
 * b).
 * @param commitments Commitments it states (5.2 c, d).
 * @param principles Principles guiding AI activities.
 * @param referencedPolicies Other organizational policies it refers to.
 * @param policyAlignments Alignment with other organizational policies (A.2.3).
 * @param communicatedOn When it was last communicated within the organization (5.2).
 * @param availableToInterestedParties Whether it is available to interested parties (5.2).
 * @param publicationChannel Where interested parties find it.
 */
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
    b.title = title;
    b.ownerId = ownerId;
    b.approvedBy = approvedBy;
    b.approvedOn = approvedOn;
    b.reviewIntervalMonths = reviewIntervalMonths;
    b.lastReviewedOn = lastReviewedOn;
    b.coversDevelopment = coversDevelopment;
    b.coversUse = coversUse;
    b.providesObjectivesFramework = providesObjectivesFramework;
    b.commitments = commitments;
    b.principles = principles;
    b.referencedPolicies = referencedPolicies;
    b.policyAlignments = policyAlignments;
    b.communicatedOn = communicatedOn;
    b.availableToInterestedParties = availableToInterestedParties;
    b.publicationChannel = publicationChannel;
    return b;
  }

  /** Builder for {@link AiPolicy}. */
  public static final class Builder {
    private String documentId;
    private String title;
    private String ownerId;
    private String approvedBy;
    private LocalDate approvedOn;
    private Integer reviewIntervalMonths;
    private LocalDate lastReviewedOn;
    private Boolean coversDevelopment;
    private Boolean coversUse;
    private Boolean providesObjectivesFramework;
    private List<PolicyCommitment> commitments;
    private List<String> principles;
    private List<String> referencedPolicies;
    private List<PolicyAlignment> policyAlignments;
    private LocalDate communicatedOn;
    private Boolean availableToInterestedParties;
    private String publicationChannel;

    private Builder() {}

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the AI policy.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code title}.
     *
     * @param value title.
     * @return this builder
     */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /**
     * Sets {@code ownerId}.
     *
     * @param value owner responsible for its development and review (A.2.4).
     * @return this builder
     */
    public Builder ownerId(String value) {
      this.ownerId = value;
      return this;
    }

    /**
     * Sets {@code approvedBy}.
     *
     * @param value member of top management who approved it.
     * @return this builder
     */
    public Builder approvedBy(String value) {
      this.approvedBy = value;
      return this;
    }

    /**
     * Sets {@code approvedOn}.
     *
     * @param value approval date.
     * @return this builder
     */
    public Builder approvedOn(LocalDate value) {
      this.approvedOn = value;
      return this;
    }

    /**
     * Sets {@code reviewIntervalMonths}.
     *
     * @param value planned review interval in months (5.2, A.2.4).
     * @return this builder
     */
    public Builder reviewIntervalMonths(Integer value) {
      this.reviewIntervalMonths = value;
      return this;
    }

    /**
     * Sets {@code lastReviewedOn}.
     *
     * @param value last review date.
     * @return this builder
     */
    public Builder lastReviewedOn(LocalDate value) {
      this.lastReviewedOn = value;
      return this;
    }

    /**
     * Sets {@code coversDevelopment}.
     *
     * @param value whether it covers the development of AI systems.
     * @return this builder
     */
    public Builder coversDevelopment(Boolean value) {
      this.coversDevelopment = value;
      return this;
    }

    /**
     * Sets {@code coversUse}.
     *
     * @param value whether it covers the use of AI systems.
     * @return this builder
     */
    public Builder coversUse(Boolean value) {
      this.coversUse = value;
      return this;
    }

    /**
     * Sets {@code providesObjectivesFramework}.
     *
     * @param value whether it gives a framework for setting AI objectives (5.2 b).
     * @return this builder
     */
    public Builder providesObjectivesFramework(Boolean value) {
      this.providesObjectivesFramework = value;
      return this;
    }

    /**
     * Sets {@code commitments}.
     *
     * @param value commitments it states (5.2 c, d).
     * @return this builder
     */
    public Builder commitments(List<PolicyCommitment> value) {
      this.commitments = value;
      return this;
    }

    /**
     * Sets {@code principles}.
     *
     * @param value principles guiding AI activities.
     * @return this builder
     */
    public Builder principles(List<String> value) {
      this.principles = value;
      return this;
    }

    /**
     * Sets {@code referencedPolicies}.
     *
     * @param value other organizational policies it refers to.
     * @return this builder
     */
    public Builder referencedPolicies(List<String> value) {
      this.referencedPolicies = value;
      return this;
    }

    /**
     * Sets {@code policyAlignments}.
     *
     * @param value alignment with other organizational policies (A.2.3).
     * @return this builder
     */
    public Builder policyAlignments(List<PolicyAlignment> value) {
      this.policyAlignments = value;
      return this;
    }

    /**
     * Sets {@code communicatedOn}.
     *
     * @param value when it was last communicated within the organization (5.2).
     * @return this builder
     */
    public Builder communicatedOn(LocalDate value) {
      this.communicatedOn = value;
      return this;
    }

    /**
     * Sets {@code availableToInterestedParties}.
     *
     * @param value whether it is available to interested parties (5.2).
     * @return this builder
     */
    public Builder availableToInterestedParties(Boolean value) {
      this.availableToInterestedParties = value;
      return this;
    }

    /**
     * Sets {@code publicationChannel}.
     *
     * @param value where interested parties find it.
     * @return this builder
     */
    public Builder publicationChannel(String value) {
      this.publicationChannel = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public AiPolicy build() {
      return new AiPolicy(documentId, title, ownerId, approvedBy, approvedOn, reviewIntervalMonths, lastReviewedOn, coversDevelopment, coversUse, providesObjectivesFramework, commitments, principles, referencedPolicies, policyAlignments, communicatedOn, availableToInterestedParties, publicationChannel);
    }
  }
}
