package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * Operation and monitoring of an AI system (A.6.2.6).
 *
 * @param planDocumentId Id of the operation and monitoring plan.
 * @param performanceMonitored Whether performance is monitored.
 * @param driftMonitored Whether data and model drift are monitored.
 * @param errorMonitored Whether errors and failures are monitored.
 * @param repairAndUpdateProcess Whether repairs and updates follow a defined process.
 * @param supportAvailable Whether support is provided.
 * @param lastReviewedOn When operation was last reviewed.
 */
public record OperationMonitoring(
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "A.6.2.6 applies and the system is deployed or in use.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the operation and monitoring plan.")
    String planDocumentId,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is in use.", alsoIn = {"/monitoring/*/aiSystemIds"})
    @JsonPropertyDescription("Whether performance is monitored.")
    Boolean performanceMonitored,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is in use (observation, Annex B.6.2.6).")
    @JsonPropertyDescription("Whether data and model drift are monitored.")
    Boolean driftMonitored,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is in use.")
    @JsonPropertyDescription("Whether errors and failures are monitored.")
    Boolean errorMonitored,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is in use.")
    @JsonPropertyDescription("Whether repairs and updates follow a defined process.")
    Boolean repairAndUpdateProcess,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is in use.")
    @JsonPropertyDescription("Whether support is provided.")
    Boolean supportAvailable,
    @Informational("No rule requires a review date of the operation record.")
    @JsonPropertyDescription("When operation was last reviewed.")
    LocalDate lastReviewedOn) {

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
    b.performanceMonitored = performanceMonitored;
    b.driftMonitored = driftMonitored;
    b.errorMonitored = errorMonitored;
    b.repairAndUpdateProcess = repairAndUpdateProcess;
    b.supportAvailable = supportAvailable;
    b.lastReviewedOn = lastReviewedOn;
    return b;
  }

  /** Builder for {@link OperationMonitoring}. */
  public static final class Builder {
    private String planDocumentId;
    private Boolean performanceMonitored;
    private Boolean driftMonitored;
    private Boolean errorMonitored;
    private Boolean repairAndUpdateProcess;
    private Boolean supportAvailable;
    private LocalDate lastReviewedOn;

    private Builder() {}

    /**
     * Sets {@code planDocumentId}.
     *
     * @param value id of the operation and monitoring plan.
     * @return this builder
     */
    public Builder planDocumentId(String value) {
      this.planDocumentId = value;
      return this;
    }

    /**
     * Sets {@code performanceMonitored}.
     *
     * @param value whether performance is monitored.
     * @return this builder
     */
    public Builder performanceMonitored(Boolean value) {
      this.performanceMonitored = value;
      return this;
    }

    /**
     * Sets {@code driftMonitored}.
     *
     * @param value whether data and model drift are monitored.
     * @return this builder
     */
    public Builder driftMonitored(Boolean value) {
      this.driftMonitored = value;
      return this;
    }

    /**
     * Sets {@code errorMonitored}.
     *
     * @param value whether errors and failures are monitored.
     * @return this builder
     */
    public Builder errorMonitored(Boolean value) {
      this.errorMonitored = value;
      return this;
    }

    /**
     * Sets {@code repairAndUpdateProcess}.
     *
     * @param value whether repairs and updates follow a defined process.
     * @return this builder
     */
    public Builder repairAndUpdateProcess(Boolean value) {
      this.repairAndUpdateProcess = value;
      return this;
    }

    /**
     * Sets {@code supportAvailable}.
     *
     * @param value whether support is provided.
     * @return this builder
     */
    public Builder supportAvailable(Boolean value) {
      this.supportAvailable = value;
      return this;
    }

    /**
     * Sets {@code lastReviewedOn}.
     *
     * @param value when operation was last reviewed.
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
    public OperationMonitoring build() {
      return new OperationMonitoring(planDocumentId, performanceMonitored, driftMonitored, errorMonitored, repairAndUpdateProcess, supportAvailable, lastReviewedOn);
    }
  }
}
