package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * Data quality requirements and their checks (A.7.4).
 *
 * @param requirementsDocumentId Id of the data-quality requirements.
 * @param lastAssessedOn When quality was last assessed.
 * @param meetsRequirements Whether the data met its requirements at the last assessment.
 * @param biasExamined Whether the data was examined for bias.
 * @param representativenessAssessed Whether representativeness for the intended domain was
 * assessed.
 */
public record DataQuality(
    @Evidence(value = {"A.7.4"}, need = Evidence.Need.APPLICABLE, when = "A.7.4 applies to the resource.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the data-quality requirements.")
    String requirementsDocumentId,
    @Evidence(value = {"A.7.4"}, need = Evidence.Need.APPLICABLE, when = "A.7.4 applies to the resource.", alsoIn = {"/dataResources/*/quality/meetsRequirements"})
    @JsonPropertyDescription("When quality was last assessed.")
    LocalDate lastAssessedOn,
    @Evidence(value = {"A.7.4"}, need = Evidence.Need.APPLICABLE, when = "A.7.4 applies to the resource.", alsoIn = {"/dataResources/*/quality/lastAssessedOn"})
    @JsonPropertyDescription("Whether the data met its requirements at the last assessment.")
    Boolean meetsRequirements,
    @Evidence(value = {"A.7.4"}, need = Evidence.Need.APPLICABLE, when = "A.7.4 applies (observation).")
    @JsonPropertyDescription("Whether the data was examined for bias.")
    Boolean biasExamined,
    @Evidence(value = {"A.7.4"}, need = Evidence.Need.APPLICABLE, when = "A.7.4 applies (observation).")
    @JsonPropertyDescription("Whether representativeness for the intended domain was assessed.")
    Boolean representativenessAssessed) {

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
    b.requirementsDocumentId = requirementsDocumentId;
    b.lastAssessedOn = lastAssessedOn;
    b.meetsRequirements = meetsRequirements;
    b.biasExamined = biasExamined;
    b.representativenessAssessed = representativenessAssessed;
    return b;
  }

  /** Builder for {@link DataQuality}. */
  public static final class Builder {
    private String requirementsDocumentId;
    private LocalDate lastAssessedOn;
    private Boolean meetsRequirements;
    private Boolean biasExamined;
    private Boolean representativenessAssessed;

    private Builder() {}

    /**
     * Sets {@code requirementsDocumentId}.
     *
     * @param value id of the data-quality requirements.
     * @return this builder
     */
    public Builder requirementsDocumentId(String value) {
      this.requirementsDocumentId = value;
      return this;
    }

    /**
     * Sets {@code lastAssessedOn}.
     *
     * @param value when quality was last assessed.
     * @return this builder
     */
    public Builder lastAssessedOn(LocalDate value) {
      this.lastAssessedOn = value;
      return this;
    }

    /**
     * Sets {@code meetsRequirements}.
     *
     * @param value whether the data met its requirements at the last assessment.
     * @return this builder
     */
    public Builder meetsRequirements(Boolean value) {
      this.meetsRequirements = value;
      return this;
    }

    /**
     * Sets {@code biasExamined}.
     *
     * @param value whether the data was examined for bias.
     * @return this builder
     */
    public Builder biasExamined(Boolean value) {
      this.biasExamined = value;
      return this;
    }

    /**
     * Sets {@code representativenessAssessed}.
     *
     * @param value whether representativeness for the intended domain was assessed.
     * @return this builder
     */
    public Builder representativenessAssessed(Boolean value) {
      this.representativenessAssessed = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public DataQuality build() {
      return new DataQuality(requirementsDocumentId, lastAssessedOn, meetsRequirements, biasExamined, representativenessAssessed);
    }
  }
}
