package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * How an AI system is used in line with its intended use (A.9.4).
 *
 * @param instructionsDocumentId Id of the instructions for use.
 * @param usedAsIntended Whether use follows the intended use and instructions.
 * @param useMonitoredOn When use was last monitored.
 * @param deviations Known deviations from intended use.
 * @param deviationRationaleDocumented Whether deviations have a documented rationale.
 */
public record ResponsibleUse(
    @Evidence(value = {"A.9.4"}, need = Evidence.Need.APPLICABLE, when = "The organization uses the system and it is deployed or in use.", alsoIn = {"/aiSystems/*/technicalDocumentation/*/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the instructions for use.")
    String instructionsDocumentId,
    @Evidence(value = {"A.9.4"}, need = Evidence.Need.APPLICABLE, when = "The used system is in use (observation when not confirmed).", alsoIn = {"/aiSystems/*/responsibleUse/deviations"})
    @JsonPropertyDescription("Whether use follows the intended use and instructions.")
    Boolean usedAsIntended,
    @Evidence(value = {"A.9.4"}, need = Evidence.Need.APPLICABLE, when = "The used system is in use (observation).", alsoIn = {"/monitoring/*/lastPerformedOn"})
    @JsonPropertyDescription("When use was last monitored.")
    LocalDate useMonitoredOn,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (known deviations from intended use)")
    @JsonPropertyDescription("Known deviations from intended use.")
    String deviations,
    @Evidence(value = {"A.9.4"}, need = Evidence.Need.APPLICABLE, when = "The used system deviates from its intended use.", onlyIf = "usedAsIntended=false")
    @JsonPropertyDescription("Whether deviations have a documented rationale.")
    Boolean deviationRationaleDocumented) {

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
    b.instructionsDocumentId = instructionsDocumentId;
    b.usedAsIntended = usedAsIntended;
    b.useMonitoredOn = useMonitoredOn;
    b.deviations = deviations;
    b.deviationRationaleDocumented = deviationRationaleDocumented;
    return b;
  }

  /** Builder for {@link ResponsibleUse}. */
  public static final class Builder {
    private String instructionsDocumentId;
    private Boolean usedAsIntended;
    private LocalDate useMonitoredOn;
    private String deviations;
    private Boolean deviationRationaleDocumented;

    private Builder() {}

    /**
     * Sets {@code instructionsDocumentId}.
     *
     * @param value id of the instructions for use.
     * @return this builder
     */
    public Builder instructionsDocumentId(String value) {
      this.instructionsDocumentId = value;
      return this;
    }

    /**
     * Sets {@code usedAsIntended}.
     *
     * @param value whether use follows the intended use and instructions.
     * @return this builder
     */
    public Builder usedAsIntended(Boolean value) {
      this.usedAsIntended = value;
      return this;
    }

    /**
     * Sets {@code useMonitoredOn}.
     *
     * @param value when use was last monitored.
     * @return this builder
     */
    public Builder useMonitoredOn(LocalDate value) {
      this.useMonitoredOn = value;
      return this;
    }

    /**
     * Sets {@code deviations}.
     *
     * @param value known deviations from intended use.
     * @return this builder
     */
    public Builder deviations(String value) {
      this.deviations = value;
      return this;
    }

    /**
     * Sets {@code deviationRationaleDocumented}.
     *
     * @param value whether deviations have a documented rationale.
     * @return this builder
     */
    public Builder deviationRationaleDocumented(Boolean value) {
      this.deviationRationaleDocumented = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ResponsibleUse build() {
      return new ResponsibleUse(instructionsDocumentId, usedAsIntended, useMonitoredOn, deviations, deviationRationaleDocumented);
    }
  }
}
