package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * How an AI system is used in line with its intended use (A.9.4).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ResponsibleUseBuilder builder() {
    return ResponsibleUseBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ResponsibleUseBuilder toBuilder() {
    return ResponsibleUseBuilder.builder(this);
  }
}
