package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * Evidence for general-purpose AI model obligations (EU AI Act Art. 53, 55).
 *
 * @param technicalDocumentationId Id of technical documentation for the AI Office and downstream
 * providers.
 * @param copyrightPolicyDocumentId Id of the copyright policy.
 * @param trainingContentSummaryDocumentId Id of the public training-content summary.
 * @param systemicRisk Whether the model has systemic risk (Art. 51).
 * @param systemicRiskEvaluatedOn When systemic risks were last evaluated, including adversarial
 * testing (Art. 55).
 */
public record GpaiObligations(
    @Evidence(value = {"A.6.2.7"}, need = Evidence.Need.APPLICABLE, when = "The system contains a GPAI model the organization provides.", alsoIn = {"/aiSystems/*/technicalDocumentation/*/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of technical documentation for the AI Office and downstream providers.")
    String technicalDocumentationId,
    @Evidence(value = {"A.6.2.7"}, need = Evidence.Need.APPLICABLE, when = "The system contains a GPAI model (observation, Art. 53).")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the copyright policy.")
    String copyrightPolicyDocumentId,
    @Evidence(value = {"A.6.2.7"}, need = Evidence.Need.APPLICABLE, when = "The system contains a GPAI model (observation, Art. 53).")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the public training-content summary.")
    String trainingContentSummaryDocumentId,
    @Informational("Input; only true brings the systemic-risk evaluation check.")
    @JsonPropertyDescription("Whether the model has systemic risk (Art. 51).")
    Boolean systemicRisk,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "The GPAI model has systemic risk.", onlyIf = "systemicRisk=true")
    @JsonPropertyDescription("When systemic risks were last evaluated, including adversarial testing (Art. 55).")
    LocalDate systemicRiskEvaluatedOn) {

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
    b.technicalDocumentationId = technicalDocumentationId;
    b.copyrightPolicyDocumentId = copyrightPolicyDocumentId;
    b.trainingContentSummaryDocumentId = trainingContentSummaryDocumentId;
    b.systemicRisk = systemicRisk;
    b.systemicRiskEvaluatedOn = systemicRiskEvaluatedOn;
    return b;
  }

  /** Builder for {@link GpaiObligations}. */
  public static final class Builder {
    private String technicalDocumentationId;
    private String copyrightPolicyDocumentId;
    private String trainingContentSummaryDocumentId;
    private Boolean systemicRisk;
    private LocalDate systemicRiskEvaluatedOn;

    private Builder() {}

    /**
     * Sets {@code technicalDocumentationId}.
     *
     * @param value id of technical documentation for the AI Office and downstream providers.
     * @return this builder
     */
    public Builder technicalDocumentationId(String value) {
      this.technicalDocumentationId = value;
      return this;
    }

    /**
     * Sets {@code copyrightPolicyDocumentId}.
     *
     * @param value id of the copyright policy.
     * @return this builder
     */
    public Builder copyrightPolicyDocumentId(String value) {
      this.copyrightPolicyDocumentId = value;
      return this;
    }

    /**
     * Sets {@code trainingContentSummaryDocumentId}.
     *
     * @param value id of the public training-content summary.
     * @return this builder
     */
    public Builder trainingContentSummaryDocumentId(String value) {
      this.trainingContentSummaryDocumentId = value;
      return this;
    }

    /**
     * Sets {@code systemicRisk}.
     *
     * @param value whether the model has systemic risk (Art. 51).
     * @return this builder
     */
    public Builder systemicRisk(Boolean value) {
      this.systemicRisk = value;
      return this;
    }

    /**
     * Sets {@code systemicRiskEvaluatedOn}.
     *
     * @param value when systemic risks were last evaluated, including adversarial testing (Art. 55).
     * @return this builder
     */
    public Builder systemicRiskEvaluatedOn(LocalDate value) {
      this.systemicRiskEvaluatedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public GpaiObligations build() {
      return new GpaiObligations(technicalDocumentationId, copyrightPolicyDocumentId, trainingContentSummaryDocumentId, systemicRisk, systemicRiskEvaluatedOn);
    }
  }
}
