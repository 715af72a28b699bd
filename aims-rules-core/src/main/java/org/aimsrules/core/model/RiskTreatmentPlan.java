package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.time.LocalDate;

/**
 * The AI risk treatment plan (6.1.3 g).
 *
 * @param documentId Id of the plan.
 * @param approvedBy Designated manager who approved it.
 * @param approvedOn Approval date.
 * @param residualRisksAcceptedBy Designated manager who accepted the residual risks.
 * @param residualRisksAcceptedOn When.
 * @param lastReviewedOn When it was last reviewed.
 * @param residualRisksAcceptedByIds Further people who accepted the residual risks, when several did (fact model 1.1).
 */
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
    b.approvedBy = approvedBy;
    b.approvedOn = approvedOn;
    b.residualRisksAcceptedBy = residualRisksAcceptedBy;
    b.residualRisksAcceptedOn = residualRisksAcceptedOn;
    b.lastReviewedOn = lastReviewedOn;
    b.residualRisksAcceptedByIds = residualRisksAcceptedByIds;
    return b;
  }

  /** Builder for {@link RiskTreatmentPlan}. */
  public static final class Builder {
    private String documentId;
    private String approvedBy;
    private LocalDate approvedOn;
    private String residualRisksAcceptedBy;
    private LocalDate residualRisksAcceptedOn;
    private LocalDate lastReviewedOn;
    private List<String> residualRisksAcceptedByIds;

    private Builder() {}

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the plan.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code approvedBy}.
     *
     * @param value designated manager who approved it.
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
     * Sets {@code residualRisksAcceptedBy}.
     *
     * @param value designated manager who accepted the residual risks.
     * @return this builder
     */
    public Builder residualRisksAcceptedBy(String value) {
      this.residualRisksAcceptedBy = value;
      return this;
    }

    /**
     * Sets {@code residualRisksAcceptedOn}.
     *
     * @param value when.
     * @return this builder
     */
    public Builder residualRisksAcceptedOn(LocalDate value) {
      this.residualRisksAcceptedOn = value;
      return this;
    }

    /**
     * Sets {@code lastReviewedOn}.
     *
     * @param value when it was last reviewed.
     * @return this builder
     */
    public Builder lastReviewedOn(LocalDate value) {
      this.lastReviewedOn = value;
      return this;
    }

    /**
     * Sets {@code residualRisksAcceptedByIds}.
     *
     * @param value further people who accepted the residual risks, when several did (fact model 1.1).
     * @return this builder
     */
    public Builder residualRisksAcceptedByIds(List<String> value) {
      this.residualRisksAcceptedByIds = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public RiskTreatmentPlan build() {
      return new RiskTreatmentPlan(documentId, approvedBy, approvedOn, residualRisksAcceptedBy, residualRisksAcceptedOn, lastReviewedOn, residualRisksAcceptedByIds);
    }
  }
}
