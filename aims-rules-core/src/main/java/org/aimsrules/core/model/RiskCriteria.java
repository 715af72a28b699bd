package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * AI risk criteria (6.1.1).
 *
 * @param documentId Id of the risk criteria.
 * @param likelihoodLevels Number of likelihood levels.
 * @param severityLevels Number of severity levels.
 * @param levelMethod How risk levels are derived.
 * @param acceptanceThreshold Highest acceptable risk level.
 * @param coversImpacts Whether the criteria support the assessment of impacts on individuals and
 * society.
 * @param approvedBy Who approved them.
 * @param approvedOn When.
 * @param lastReviewedOn When they were last reviewed.
 */
public record RiskCriteria(
    @Evidence(value = {"6.1.1-2"}, need = Evidence.Need.APPLICABLE, when = "as the alternative evidence of approval and review", alsoIn = {"/riskCriteria/approvedBy"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the risk criteria.")
    String documentId,
    @Evidence(value = {"6.1.1-2"}, when = "always, as guidance (observation 6.1.1/risk-criteria-incomplete)")
    @Minimum(2) @Maximum(1000) @JsonPropertyDescription("Number of likelihood levels.")
    Integer likelihoodLevels,
    @Evidence(value = {"6.1.1-2"}, when = "always, as guidance (observation 6.1.1/risk-criteria-incomplete)")
    @Minimum(2) @Maximum(1000) @JsonPropertyDescription("Number of severity levels.")
    Integer severityLevels,
    @Evidence(value = {"6.1.1-2"}, when = "always, as guidance (observation 6.1.1/risk-criteria-incomplete)")
    @JsonPropertyDescription("How risk levels are derived.")
    RiskLevelMethod levelMethod,
    @Evidence(value = {"6.1.1-2"}, when = "always (6.1.1/acceptance-threshold-missing)")
    @Minimum(1) @Maximum(1000) @JsonPropertyDescription("Highest acceptable risk level.")
    Integer acceptanceThreshold,
    @Evidence(value = {"6.1.1-2"}, when = "always (6.1.1/risk-criteria-not-covering-impacts)")
    @JsonPropertyDescription("Whether the criteria support the assessment of impacts on individuals and society.")
    Boolean coversImpacts,
    @Evidence(value = {"6.1.1-2"}, when = "always (6.1.1/risk-criteria-not-approved)", alsoIn = {"/documents/*/approvedBy"})
    @RefersTo(Person.class) @JsonPropertyDescription("Who approved them.")
    String approvedBy,
    @Evidence(value = {"6.1.1-2"}, when = "always (6.1.1/risk-criteria-not-approved)", alsoIn = {"/documents/*/approvedOn"})
    @JsonPropertyDescription("When.")
    LocalDate approvedOn,
    @Evidence(value = {"6.1.1-2"}, when = "always, as guidance (observation 6.1.1/risk-criteria-not-reviewed; approvedOn counts as the last review, and so do the review and approval of its document; without any date the criteria are not approved, 6.1.1/risk-criteria-not-approved)", alsoIn = {"/riskCriteria/approvedOn", "/documents/*/reviewedOn", "/documents/*/approvedOn"})
    @JsonPropertyDescription("When they were last reviewed.")
    LocalDate lastReviewedOn) implements AimsFact {

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
    b.likelihoodLevels = likelihoodLevels;
    b.severityLevels = severityLevels;
    b.levelMethod = levelMethod;
    b.acceptanceThreshold = acceptanceThreshold;
    b.coversImpacts = coversImpacts;
    b.approvedBy = approvedBy;
    b.approvedOn = approvedOn;
    b.lastReviewedOn = lastReviewedOn;
    return b;
  }

  /** Builder for {@link RiskCriteria}. */
  public static final class Builder {
    private String documentId;
    private Integer likelihoodLevels;
    private Integer severityLevels;
    private RiskLevelMethod levelMethod;
    private Integer acceptanceThreshold;
    private Boolean coversImpacts;
    private String approvedBy;
    private LocalDate approvedOn;
    private LocalDate lastReviewedOn;

    private Builder() {}

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the risk criteria.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code likelihoodLevels}.
     *
     * @param value number of likelihood levels.
     * @return this builder
     */
    public Builder likelihoodLevels(Integer value) {
      this.likelihoodLevels = value;
      return this;
    }

    /**
     * Sets {@code severityLevels}.
     *
     * @param value number of severity levels.
     * @return this builder
     */
    public Builder severityLevels(Integer value) {
      this.severityLevels = value;
      return this;
    }

    /**
     * Sets {@code levelMethod}.
     *
     * @param value how risk levels are derived.
     * @return this builder
     */
    public Builder levelMethod(RiskLevelMethod value) {
      this.levelMethod = value;
      return this;
    }

    /**
     * Sets {@code acceptanceThreshold}.
     *
     * @param value highest acceptable risk level.
     * @return this builder
     */
    public Builder acceptanceThreshold(Integer value) {
      this.acceptanceThreshold = value;
      return this;
    }

    /**
     * Sets {@code coversImpacts}.
     *
     * @param value whether the criteria support the assessment of impacts on individuals and society.
     * @return this builder
     */
    public Builder coversImpacts(Boolean value) {
      this.coversImpacts = value;
      return this;
    }

    /**
     * Sets {@code approvedBy}.
     *
     * @param value who approved them.
     * @return this builder
     */
    public Builder approvedBy(String value) {
      this.approvedBy = value;
      return this;
    }

    /**
     * Sets {@code approvedOn}.
     *
     * @param value when.
     * @return this builder
     */
    public Builder approvedOn(LocalDate value) {
      this.approvedOn = value;
      return this;
    }

    /**
     * Sets {@code lastReviewedOn}.
     *
     * @param value when they were last reviewed.
     * @return this builder
     */
    public Builder lastReviewedOn(LocalDate value) {
      this.lastReviewedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public RiskCriteria build() {
      return new RiskCriteria(documentId, likelihoodLevels, severityLevels, levelMethod, acceptanceThreshold, coversImpacts, approvedBy, approvedOn, lastReviewedOn);
    }
  }
}
