package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * An EU AI Act Art. 6(3) derogation claimed for an Annex III system.
 *
 * @param claimed Whether the derogation is claimed.
 * @param rationale Which Art. 6(3) condition applies and why.
 * @param assessmentDocumentId Id of the documented Art. 6(4) assessment.
 * @param registeredInEuDatabase Whether the system is registered as Art. 49(2) requires.
 */
public record HighRiskDerogation(
    @Evidence(value = {"4.1"}, when = "when the Art. 6(3) derogation section is recorded: whether it is claimed")
    @JsonPropertyDescription("Whether the derogation is claimed.")
    Boolean claimed,
    @Evidence(value = {"4.1"}, when = "when the derogation is claimed: which Art. 6(3) condition applies and why", onlyIf = "claimed=true")
    @JsonPropertyDescription("Which Art. 6(3) condition applies and why.")
    String rationale,
    @Evidence(value = {"4.1"}, when = "when the derogation is claimed: the documented assessment behind it", onlyIf = "claimed=true")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the documented Art. 6(4) assessment.")
    String assessmentDocumentId,
    @Evidence(value = {"4.1"}, when = "when the derogation is claimed: registration as Art. 49(2) requires", onlyIf = "claimed=true")
    @JsonPropertyDescription("Whether the system is registered as Art. 49(2) requires.")
    Boolean registeredInEuDatabase) {

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
    b.claimed = claimed;
    b.rationale = rationale;
    b.assessmentDocumentId = assessmentDocumentId;
    b.registeredInEuDatabase = registeredInEuDatabase;
    return b;
  }

  /** Builder for {@link HighRiskDerogation}. */
  public static final class Builder {
    private Boolean claimed;
    private String rationale;
    private String assessmentDocumentId;
    private Boolean registeredInEuDatabase;

    private Builder() {}

    /**
     * Sets {@code claimed}.
     *
     * @param value whether the derogation is claimed.
     * @return this builder
     */
    public Builder claimed(Boolean value) {
      this.claimed = value;
      return this;
    }

    /**
     * Sets {@code rationale}.
     *
     * @param value which Art. 6(3) condition applies and why.
     * @return this builder
     */
    public Builder rationale(String value) {
      this.rationale = value;
      return this;
    }

    /**
     * Sets {@code assessmentDocumentId}.
     *
     * @param value id of the documented Art. 6(4) assessment.
     * @return this builder
     */
    public Builder assessmentDocumentId(String value) {
      this.assessmentDocumentId = value;
      return this;
    }

    /**
     * Sets {@code registeredInEuDatabase}.
     *
     * @param value whether the system is registered as Art. 49(2) requires.
     * @return this builder
     */
    public Builder registeredInEuDatabase(Boolean value) {
      this.registeredInEuDatabase = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public HighRiskDerogation build() {
      return new HighRiskDerogation(claimed, rationale, assessmentDocumentId, registeredInEuDatabase);
    }
  }
}
