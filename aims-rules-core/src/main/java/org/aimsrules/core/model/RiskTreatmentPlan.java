package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * The AI risk treatment plan (6.1.3 g).
 */
@RecordBuilder
public record RiskTreatmentPlan(
    @Evidence(value = {"6.1.3-2"}, need = Evidence.Need.APPLICABLE, when = "as the alternative evidence of approval and review", alsoIn = {"/riskTreatmentPlan/approvedBy"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the plan.")
    String documentId,
    @Evidence(value = {"6.1.3-2"}, when = "always (6.1.3/treatment-plan-not-approved)", alsoIn = {"/documents/*/approvedBy"})
    @RefersTo(Person.class) @JsonPropertyDescription("Designated manager who approved it.")
    String approvedBy,
    @Evidence(value = {"6.1.3-2"}, when = "always (6.1.3/treatment-plan-not-approved)", alsoIn = {"/documents/*/approvedOn"})
    @JsonPropertyDescription("Approval date.")
    LocalDate approvedOn,
    @Evidence(value = {"6.1.3-3"}, when = "always (6.1.3/residual-risks-not-accepted)", alsoIn = {"/riskTreatmentPlan/residualRisksAcceptedByIds", "/riskTreatments/*/residualRiskAcceptedBy"})
    @RefersTo(Person.class) @JsonPropertyDescription("Designated manager who accepted the residual risks.")
    String residualRisksAcceptedBy,
    @Evidence(value = {"6.1.3-3"}, when = "always: acceptance must be dated (6.1.3/residual-risks-not-accepted)", alsoIn = {"/riskTreatments/*/residualRiskAcceptedOn"})
    @JsonPropertyDescription("When.")
    LocalDate residualRisksAcceptedOn,
    @Evidence(value = {"6.1.3-g"}, when = "as thin evidence (observation 6.1.3/treatment-plan-predates-assessment; approvedOn counts too, and so do the review and approval of its document; without any date the plan is not approved, 6.1.3/treatment-plan-not-approved)", alsoIn = {"/riskTreatmentPlan/approvedOn", "/documents/*/reviewedOn", "/documents/*/approvedOn"})
    @JsonPropertyDescription("When it was last reviewed.")
    LocalDate lastReviewedOn,
    @Evidence(value = {"6.1.3-3"}, when = "as residualRisksAcceptedBy", alsoIn = {"/riskTreatmentPlan/residualRisksAcceptedBy", "/riskTreatments/*/residualRiskAcceptedBy"})
    @RefersTo(Person.class) @JsonPropertyDescription("Further people who accepted the residual risks, when several did (fact model 1.1).")
    List<String> residualRisksAcceptedByIds) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public RiskTreatmentPlan {
    residualRisksAcceptedByIds = ModelLists.copy(residualRisksAcceptedByIds, "residualRisksAcceptedByIds");
  }

  /**
   * Whether anyone accepted the residual risks at plan level: {@code residualRisksAcceptedBy} or
   * one of {@code residualRisksAcceptedByIds}.
   *
   * @return true when an acceptance is recorded on the plan
   */
  public boolean residualRisksAccepted() {
    return residualRisksAcceptedBy != null || !residualRisksAcceptedByIds.isEmpty();
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static RiskTreatmentPlanBuilder builder() {
    return RiskTreatmentPlanBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public RiskTreatmentPlanBuilder toBuilder() {
    return RiskTreatmentPlanBuilder.builder(this);
  }
}
