package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * Verification and validation of an AI system (A.6.2.4).
 *
 * @param documentId Id of the verification and validation plan and results.
 * @param criteriaDefined Whether acceptance criteria are defined.
 * @param performedOn When verification and validation was last performed.
 * @param passed Whether the system met its criteria.
 * @param testDataRepresentative Whether test data represents the intended domain.
 * @param performanceAcrossGroupsEvaluated Whether error rates were evaluated across populations and
 * conditions.
 */
public record VerificationValidation(
    @Informational("The record's fields (criteria, date, result) are the evidence the rules read; the linked report supports them.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the verification and validation plan and results.")
    String documentId,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "The system is developed and at verification or later.", alsoIn = {"/aiSystems/*/verificationAndValidation/passed"})
    @JsonPropertyDescription("Whether acceptance criteria are defined.")
    Boolean criteriaDefined,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "The developed system is deployed or in use.", alsoIn = {"/aiSystems/*/verificationAndValidation/passed"})
    @JsonPropertyDescription("When verification and validation was last performed.")
    LocalDate performedOn,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "The developed system is deployed or in use.")
    @JsonPropertyDescription("Whether the system met its criteria.")
    Boolean passed,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "Verification was performed (observation when not shown).")
    @JsonPropertyDescription("Whether test data represents the intended domain.")
    Boolean testDataRepresentative,
    @Evidence(value = {"A.6.2.4"}, need = Evidence.Need.APPLICABLE, when = "Verification was performed (observation when not shown).")
    @JsonPropertyDescription("Whether error rates were evaluated across populations and conditions.")
    Boolean performanceAcrossGroupsEvaluated) {

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
    b.criteriaDefined = criteriaDefined;
    b.performedOn = performedOn;
    b.passed = passed;
    b.testDataRepresentative = testDataRepresentative;
    b.performanceAcrossGroupsEvaluated = performanceAcrossGroupsEvaluated;
    return b;
  }

  /** Builder for {@link VerificationValidation}. */
  public static final class Builder {
    private String documentId;
    private Boolean criteriaDefined;
    private LocalDate performedOn;
    private Boolean passed;
    private Boolean testDataRepresentative;
    private Boolean performanceAcrossGroupsEvaluated;

    private Builder() {}

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the verification and validation plan and results.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code criteriaDefined}.
     *
     * @param value whether acceptance criteria are defined.
     * @return this builder
     */
    public Builder criteriaDefined(Boolean value) {
      this.criteriaDefined = value;
      return this;
    }

    /**
     * Sets {@code performedOn}.
     *
     * @param value when verification and validation was last performed.
     * @return this builder
     */
    public Builder performedOn(LocalDate value) {
      this.performedOn = value;
      return this;
    }

    /**
     * Sets {@code passed}.
     *
     * @param value whether the system met its criteria.
     * @return this builder
     */
    public Builder passed(Boolean value) {
      this.passed = value;
      return this;
    }

    /**
     * Sets {@code testDataRepresentative}.
     *
     * @param value whether test data represents the intended domain.
     * @return this builder
     */
    public Builder testDataRepresentative(Boolean value) {
      this.testDataRepresentative = value;
      return this;
    }

    /**
     * Sets {@code performanceAcrossGroupsEvaluated}.
     *
     * @param value whether error rates were evaluated across populations and conditions.
     * @return this builder
     */
    public Builder performanceAcrossGroupsEvaluated(Boolean value) {
      this.performanceAcrossGroupsEvaluated = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public VerificationValidation build() {
      return new VerificationValidation(documentId, criteriaDefined, performedOn, passed, testDataRepresentative, performanceAcrossGroupsEvaluated);
    }
  }
}
