package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * The decision whether climate change is a relevant issue (4.1).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ClimateChangeDeterminationBuilder builder() {
    return ClimateChangeDeterminationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ClimateChangeDeterminationBuilder toBuilder() {
    return ClimateChangeDeterminationBuilder.builder(this);
  }
}
