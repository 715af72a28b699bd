package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * Deployment of an AI system (A.6.2.5).
 *
 * @param planDocumentId Id of the deployment plan.
 * @param releaseCriteriaMet Whether release criteria were verified before deployment.
 * @param approvedBy Who approved the release.
 * @param deployedOn When it was deployed.
 */
public record Deployment(
    @Evidence(value = {"A.6.2.5"}, need = Evidence.Need.APPLICABLE, when = "The developed system is deployed or in use.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the deployment plan.")
    String planDocumentId,
    @Evidence(value = {"A.6.2.5"}, need = Evidence.Need.APPLICABLE, when = "The developed system is in use or deployed on a past date.", alsoIn = {"/aiSystems/*/verificationAndValidation/passed"})
    @JsonPropertyDescription("Whether release criteria were verified before deployment.")
    Boolean releaseCriteriaMet,
    @Informational("No rule requires a named approver of the release.")
    @RefersTo(Person.class) @JsonPropertyDescription("Who approved the release.")
    String approvedBy,
    @Informational("Date input (release check, FRIA timing); the stage says whether the system is deployed.")
    @JsonPropertyDescription("When it was deployed.")
    LocalDate deployedOn) {

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
    b.planDocumentId = planDocumentId;
    b.releaseCriteriaMet = releaseCriteriaMet;
    b.approvedBy = approvedBy;
    b.deployedOn = deployedOn;
    return b;
  }

  /** Builder for {@link Deployment}. */
  public static final class Builder {
    private String planDocumentId;
    private Boolean releaseCriteriaMet;
    private String approvedBy;
    private LocalDate deployedOn;

    private Builder() {}

    /**
     * Sets {@code planDocumentId}.
     *
     * @param value id of the deployment plan.
     * @return this builder
     */
    public Builder planDocumentId(String value) {
      this.planDocumentId = value;
      return this;
    }

    /**
     * Sets {@code releaseCriteriaMet}.
     *
     * @param value whether release criteria were verified before deployment.
     * @return this builder
     */
    public Builder releaseCriteriaMet(Boolean value) {
      this.releaseCriteriaMet = value;
      return this;
    }

    /**
     * Sets {@code approvedBy}.
     *
     * @param value who approved the release.
     * @return this builder
     */
    public Builder approvedBy(String value) {
      this.approvedBy = value;
      return this;
    }

    /**
     * Sets {@code deployedOn}.
     *
     * @param value when it was deployed.
     * @return this builder
     */
    public Builder deployedOn(LocalDate value) {
      this.deployedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Deployment build() {
      return new Deployment(planDocumentId, releaseCriteriaMet, approvedBy, deployedOn);
    }
  }
}
