package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * The means for interested parties to report adverse impacts (A.8.3).
 */
@RecordBuilder
public record ExternalReporting(
    @Evidence(value = {"A.8.3"}, need = Evidence.Need.APPLICABLE, when = "A.8.3 applies; an external-reporting process (by type or by the controls it implements) also counts.", alsoIn = {"/processes/*/type", "/processes/*/controlIds"})
    @JsonPropertyDescription("Reporting channels.")
    List<String> channels,
    @Evidence(value = {"A.8.3"}, when = "whenever the record is present: whether the channel is available to external parties")
    @JsonPropertyDescription("Whether the channel is available to external parties.")
    Boolean publiclyAvailable,
    @Evidence(value = {"A.8.3"}, need = Evidence.Need.APPLICABLE, when = "Channels exist; an external-reporting process (by type or by the controls it implements) also counts.", alsoIn = {"/processes/*/type", "/processes/*/controlIds"})
    @RefersTo(AimsProcess.class) @JsonPropertyDescription("Process that handles reports.")
    String handlingProcessId,
    @Informational("Review date; no rule needs it.")
    @JsonPropertyDescription("When it was last reviewed.")
    LocalDate lastReviewedOn) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public ExternalReporting {
    channels = ModelLists.copy(channels, "channels");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ExternalReportingBuilder builder() {
    return ExternalReportingBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ExternalReportingBuilder toBuilder() {
    return ExternalReportingBuilder.builder(this);
  }
}
