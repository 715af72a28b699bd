package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The organization's own planned intervals, in months; each overrides the evaluation default.
 *
 * @param aiPolicyReviewMonths AI policy review.
 * @param contextReviewMonths Context and interested parties review.
 * @param riskAssessmentMonths AI risk assessment (8.2).
 * @param impactAssessmentMonths AI system impact assessment (8.4).
 * @param internalAuditMonths Internal audit.
 * @param managementReviewMonths Management review.
 * @param documentReviewMonths Review of documented information.
 * @param awarenessMonths Awareness activities.
 * @param supplierReviewMonths Supplier review.
 * @param objectiveMonitoringMonths Monitoring of objectives.
 */
public record PlannedIntervals(
    @Informational("an interval; when absent the certification-practice default applies (Intervals), so nothing becomes less strict")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("AI policy review.")
    Integer aiPolicyReviewMonths,
    @Informational("an interval; when absent the certification-practice default applies (Intervals), so nothing becomes less strict")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("Context and interested parties review.")
    Integer contextReviewMonths,
    @Informational("an interval; when absent the certification-practice default applies (Intervals), so nothing becomes less strict")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("AI risk assessment (8.2).")
    Integer riskAssessmentMonths,
    @Informational("an interval; when absent the certification-practice default applies (Intervals), so nothing becomes less strict")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("AI system impact assessment (8.4).")
    Integer impactAssessmentMonths,
    @Informational("an interval; when absent the certification-practice default applies (Intervals), so nothing becomes less strict")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("Internal audit.")
    Integer internalAuditMonths,
    @Informational("an interval; when absent the certification-practice default applies (Intervals), so nothing becomes less strict")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("Management review.")
    Integer managementReviewMonths,
    @Informational("an interval; when absent the certification-practice default applies (Intervals), so nothing becomes less strict")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("Review of documented information.")
    Integer documentReviewMonths,
    @Informational("an interval; when absent the certification-practice default applies (Intervals), so nothing becomes less strict")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("Awareness activities.")
    Integer awarenessMonths,
    @Informational("an interval; when absent the certification-practice default applies (Intervals), so nothing becomes less strict")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("Supplier review.")
    Integer supplierReviewMonths,
    @Informational("an interval; when absent the certification-practice default applies (Intervals), so nothing becomes less strict")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("Monitoring of objectives.")
    Integer objectiveMonitoringMonths) implements AimsFact {

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
    b.aiPolicyReviewMonths = aiPolicyReviewMonths;
    b.contextReviewMonths = contextReviewMonths;
    b.riskAssessmentMonths = riskAssessmentMonths;
    b.impactAssessmentMonths = impactAssessmentMonths;
    b.internalAuditMonths = internalAuditMonths;
    b.managementReviewMonths = managementReviewMonths;
    b.documentReviewMonths = documentReviewMonths;
    b.awarenessMonths = awarenessMonths;
    b.supplierReviewMonths = supplierReviewMonths;
    b.objectiveMonitoringMonths = objectiveMonitoringMonths;
    return b;
  }

  /** Builder for {@link PlannedIntervals}. */
  public static final class Builder {
    private Integer aiPolicyReviewMonths;
    private Integer contextReviewMonths;
    private Integer riskAssessmentMonths;
    private Integer impactAssessmentMonths;
    private Integer internalAuditMonths;
    private Integer managementReviewMonths;
    private Integer documentReviewMonths;
    private Integer awarenessMonths;
    private Integer supplierReviewMonths;
    private Integer objectiveMonitoringMonths;

    private Builder() {}

    /**
     * Sets {@code aiPolicyReviewMonths}.
     *
     * @param value aI policy review.
     * @return this builder
     */
    public Builder aiPolicyReviewMonths(Integer value) {
      this.aiPolicyReviewMonths = value;
      return this;
    }

    /**
     * Sets {@code contextReviewMonths}.
     *
     * @param value context and interested parties review.
     * @return this builder
     */
    public Builder contextReviewMonths(Integer value) {
      this.contextReviewMonths = value;
      return this;
    }

    /**
     * Sets {@code riskAssessmentMonths}.
     *
     * @param value aI risk assessment (8.2).
     * @return this builder
     */
    public Builder riskAssessmentMonths(Integer value) {
      this.riskAssessmentMonths = value;
      return this;
    }

    /**
     * Sets {@code impactAssessmentMonths}.
     *
     * @param value aI system impact assessment (8.4).
     * @return this builder
     */
    public Builder impactAssessmentMonths(Integer value) {
      this.impactAssessmentMonths = value;
      return this;
    }

    /**
     * Sets {@code internalAuditMonths}.
     *
     * @param value internal audit.
     * @return this builder
     */
    public Builder internalAuditMonths(Integer value) {
      this.internalAuditMonths = value;
      return this;
    }

    /**
     * Sets {@code managementReviewMonths}.
     *
     * @param value management review.
     * @return this builder
     */
    public Builder managementReviewMonths(Integer value) {
      this.managementReviewMonths = value;
      return this;
    }

    /**
     * Sets {@code documentReviewMonths}.
     *
     * @param value review of documented information.
     * @return this builder
     */
    public Builder documentReviewMonths(Integer value) {
      this.documentReviewMonths = value;
      return this;
    }

    /**
     * Sets {@code awarenessMonths}.
     *
     * @param value awareness activities.
     * @return this builder
     */
    public Builder awarenessMonths(Integer value) {
      this.awarenessMonths = value;
      return this;
    }

    /**
     * Sets {@code supplierReviewMonths}.
     *
     * @param value supplier review.
     * @return this builder
     */
    public Builder supplierReviewMonths(Integer value) {
      this.supplierReviewMonths = value;
      return this;
    }

    /**
     * Sets {@code objectiveMonitoringMonths}.
     *
     * @param value monitoring of objectives.
     * @return this builder
     */
    public Builder objectiveMonitoringMonths(Integer value) {
      this.objectiveMonitoringMonths = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public PlannedIntervals build() {
      return new PlannedIntervals(aiPolicyReviewMonths, contextReviewMonths, riskAssessmentMonths, impactAssessmentMonths, internalAuditMonths, managementReviewMonths, documentReviewMonths, awarenessMonths, supplierReviewMonths, objectiveMonitoringMonths);
    }
  }
}
