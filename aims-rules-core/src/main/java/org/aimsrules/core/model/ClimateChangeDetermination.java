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
    @Evidence(value = {"4.1-2"}, when = "whenever the climate determination is recorded (4.1/climate-change-not-determined)")
    @JsonPropertyDescription("Whether climate change is relevant to the organization.")
    Boolean relevant,
    @Evidence(value = {"4.1-2"}, when = "whenever the determination is recorded (observation 4.1/climate-change-rationale-missing)")
    @JsonPropertyDescription("Why.")
    String rationale,
    @Informational("only used to ignore determinations dated after the evaluation date; an undated determination counts as made")
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
