package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * The decision whether climate change is a relevant issue (4.1).
 *
 * @param relevant Whether climate change is relevant to the organization.
 * @param rationale Why.
 * @param determinedOn When the decision was made.
 */
public record ClimateChangeDetermination(
    @Evidence(value = {"4.1"}, when = "whenever the record is present: whether climate change is relevant to the organization")
    @JsonPropertyDescription("Whether climate change is relevant to the organization.")
    Boolean relevant,
    @Evidence(value = {"4.1"}, when = "whenever the record is present: why")
    @JsonPropertyDescription("Why.")
    String rationale,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (when the decision was made)")
    @JsonPropertyDescription("When the decision was made.")
    LocalDate determinedOn) {

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
    b.relevant = relevant;
    b.rationale = rationale;
    b.determinedOn = determinedOn;
    return b;
  }

  /** Builder for {@link ClimateChangeDetermination}. */
  public static final class Builder {
    private Boolean relevant;
    private String rationale;
    private LocalDate determinedOn;

    private Builder() {}

    /**
     * Sets {@code relevant}.
     *
     * @param value whether climate change is relevant to the organization.
     * @return this builder
     */
    public Builder relevant(Boolean value) {
      this.relevant = value;
      return this;
    }

    /**
     * Sets {@code rationale}.
     *
     * @param value why.
     * @return this builder
     */
    public Builder rationale(String value) {
      this.rationale = value;
      return this;
    }

    /**
     * Sets {@code determinedOn}.
     *
     * @param value when the decision was made.
     * @return this builder
     */
    public Builder determinedOn(LocalDate value) {
      this.determinedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ClimateChangeDetermination build() {
      return new ClimateChangeDetermination(relevant, rationale, determinedOn);
    }
  }
}
