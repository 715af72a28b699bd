package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * The organization's own planned intervals, in months; each overrides the evaluation default.
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static PlannedIntervalsBuilder builder() {
    return PlannedIntervalsBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public PlannedIntervalsBuilder toBuilder() {
    return PlannedIntervalsBuilder.builder(this);
  }
}
