package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * An EU AI Act Art. 6(3) derogation claimed for an Annex III system.
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static HighRiskDerogationBuilder builder() {
    return HighRiskDerogationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public HighRiskDerogationBuilder toBuilder() {
    return HighRiskDerogationBuilder.builder(this);
  }
}
