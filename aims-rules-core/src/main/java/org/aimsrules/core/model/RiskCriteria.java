package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * AI risk criteria (6.1.1).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static RiskCriteriaBuilder builder() {
    return RiskCriteriaBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public RiskCriteriaBuilder toBuilder() {
    return RiskCriteriaBuilder.builder(this);
  }
}
