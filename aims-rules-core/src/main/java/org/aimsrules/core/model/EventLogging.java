package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Event logging for an AI system (A.6.2.8).
 */
@RecordBuilder
public record EventLogging(
    @Evidence(value = {"A.6.2.8"}, need = Evidence.Need.APPLICABLE, when = "A.6.2.8 applies and the system is in use; an unstated value counts as enabled only when phases are listed, and the high-risk retention check runs unless logging is explicitly off.", alsoIn = {"/aiSystems/*/eventLogging/phases"})
    @JsonPropertyDescription("Whether events are logged.")
    Boolean enabled,
    @Evidence(value = {"A.6.2.8"}, need = Evidence.Need.APPLICABLE, when = "Logging is enabled for a system for which A.6.2.8 applies (A.6.2.8/logging-phases-not-determined).")
    @JsonPropertyDescription("Life-cycle stages in which logging is enabled.")
    List<LifecycleStage> phases,
    @Evidence(value = {"A.6.2.8"}, need = Evidence.Need.APPLICABLE, when = "The system is high-risk and in service (EU AI Act Art. 19/26: at least six months); unstated reads as no retention, so the check runs; no control asks it of other systems.", absentMeans = "0")
    @Minimum(0) @Maximum(36600) @JsonPropertyDescription("How long logs are kept, in days.")
    Integer retentionDays,
    @Informational("No rule requires logging purposes to be listed; A.6.2.8 asks that logging be enabled in the phases where it is needed.")
    @JsonPropertyDescription("What the logs serve (traceability, incident analysis, ...).")
    List<String> purposes) {

  /** Normalizes absent lists to empty, immutable lists. */
  public EventLogging {
    phases = ModelLists.copy(phases, "phases");
    purposes = ModelLists.copy(purposes, "purposes");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static EventLoggingBuilder builder() {
    return EventLoggingBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public EventLoggingBuilder toBuilder() {
    return EventLoggingBuilder.builder(this);
  }
}
