package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * The process for reporting concerns about AI (A.3.3).
 */
@RecordBuilder
public record ConcernReporting(
    @Evidence(value = {"A.3.3"}, when = "The concern-reporting section exists; a concern-reporting process (by type or by the controls it implements) also counts.", alsoIn = {"/processes/*/type", "/processes/*/controlIds"})
    @RefersTo(AimsProcess.class) @JsonPropertyDescription("The process that handles concerns.")
    String processId,
    @Evidence(value = {"A.3.3"}, when = "whenever the record is present: reporting channels")
    @JsonPropertyDescription("Reporting channels.")
    List<String> channels,
    @Evidence(value = {"A.3.3"}, when = "whenever the record is present: whether reports can be anonymous or confidential")
    @JsonPropertyDescription("Whether reports can be anonymous or confidential.")
    Boolean anonymousReportingPossible,
    @Evidence(value = {"A.3.3"}, when = "whenever the record is present: whether reporters are protected against reprisal")
    @JsonPropertyDescription("Whether reporters are protected against reprisal.")
    Boolean reprisalProtection,
    @Informational("Handling role; A.3.3 rules read the process and protections, and roles are A.3.2.")
    @RefersTo(Role.class) @JsonPropertyDescription("Role that investigates and resolves concerns.")
    String handlerRoleId,
    @Evidence(value = {"A.3.3"}, when = "whenever the record is present: whether concerns are escalated and reported to management")
    @JsonPropertyDescription("Whether concerns are escalated and reported to management.")
    Boolean escalatesToManagement,
    @Evidence(value = {"A.3.3"}, when = "whenever the record is present: when the channel was last promoted to staff")
    @JsonPropertyDescription("When the channel was last promoted to staff.")
    LocalDate promotedOn,
    @Informational("Review date; no rule needs it.")
    @JsonPropertyDescription("When the process was last reviewed.")
    LocalDate lastReviewedOn) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public ConcernReporting {
    channels = ModelLists.copy(channels, "channels");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ConcernReportingBuilder builder() {
    return ConcernReportingBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ConcernReportingBuilder toBuilder() {
    return ConcernReportingBuilder.builder(this);
  }
}
