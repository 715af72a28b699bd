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
    @Evidence(value = {"A.6.2.5"}, need = Evidence.Need.APPLICABLE, when = "where A.6.2.5 applies: id of the deployment plan")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the deployment plan.")
    String planDocumentId,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (whether release criteria were verified before deployment)")
    @JsonPropertyDescription("Whether release criteria were verified before deployment.")
    Boolean releaseCriteriaMet,
    @RefersTo(Person.class) @JsonPropertyDescription("Who approved the release.")
    String approvedBy,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (when it was deployed)")
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
