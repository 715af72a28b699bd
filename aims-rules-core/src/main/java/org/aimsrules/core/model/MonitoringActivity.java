package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * Monitoring and measurement of something (9.1).
 */
@RecordBuilder
public record MonitoringActivity(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Evidence(value = {"9.1"}, when = "9.1-a what is monitored; required by the reader")
    @Required @JsonPropertyDescription("What is monitored.")
    String subject,
    @Informational("Classification; only widens accepted evidence (objective monitoring, AIMS performance); an absent kind is the strict case")
    @JsonPropertyDescription("Kind.")
    MonitoringKind kind,
    @Evidence(value = {"9.1"}, when = "9.1-b: needed unless the activity monitors objectives that all state a measure (9.1/method-undefined)", alsoIn = {"/objectives/*/measure"})
    @JsonPropertyDescription("Method.")
    String method,
    @Evidence(value = {"9.1"}, when = "9.1-c: needed (9.1/measurement-frequency-undefined) unless objective monitoring with a planned objective-monitoring interval; without it overdue/lapsed are now judged monthly (fail closed)", alsoIn = {"/plannedIntervals/objectiveMonitoringMonths"}, onlyIf = "kind=OBJECTIVE")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("How often it is measured, in months.")
    Integer frequencyMonths,
    @Evidence(value = {"9.1"}, when = "9.1-d: needed (9.1/analysis-frequency-undefined); without it analysis overdue/lapsed are now judged monthly (fail closed)")
    @Minimum(1) @Maximum(1200) @JsonPropertyDescription("How often results are analysed and evaluated, in months.")
    Integer analysisFrequencyMonths,
    @Informational("Who monitors is not among the 9.1 determinations of the harmonized structure (see the register note on 9.1-d)")
    @RefersTo(Person.class) @JsonPropertyDescription("Who monitors.")
    String responsibleId,
    @Evidence(value = {"9.1"}, when = "9.1-c: evidence measurements happen (9.1/measurement-not-performed, overdue, lapsed)")
    @JsonPropertyDescription("Last measurement.")
    LocalDate lastPerformedOn,
    @Evidence(value = {"9.1"}, when = "9.1-d: evidence results are analysed once measured (9.1/analysis-not-performed, overdue, lapsed)")
    @JsonPropertyDescription("Last analysis and evaluation.")
    LocalDate lastAnalysedOn,
    @Evidence(value = {"9.1"}, when = "9.1-e: results retained once measured (9.1/results-not-retained)", alsoIn = {"/documents[type=MONITORING_RESULTS]"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the results.")
    String resultsDocumentId,
    @Evidence(value = {"9.1"}, need = Evidence.Need.APPLICABLE, when = "Guidance (observation): which deployed systems are monitored (9.1/ai-system-not-monitored); also shown by monitored objectives set for the system or the system's own operation record", alsoIn = {"/monitoring/*/aiSystemIds", "/monitoring/*/objectiveIds", "/aiSystems/*/operation/performanceMonitored"})
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems concerned.")
    List<String> aiSystemIds,
    @Evidence(value = {"6.2", "9.1"}, need = Evidence.Need.APPLICABLE, when = "Monitoring of objectives (6.2); accepted in place of aiSystemIds for 9.1/ai-system-not-monitored and of a method for objective monitoring", alsoIn = {"/monitoring/*/objectiveIds", "/objectives/*/lastMonitoredOn", "/monitoring/*/aiSystemIds"})
    @RefersTo(Objective.class) @JsonPropertyDescription("Objectives concerned.")
    List<String> objectiveIds,
    @Evidence(value = {"8.1"}, need = Evidence.Need.APPLICABLE, when = "8.1-4 control effectiveness monitoring: accepted by 8.1/control-effectiveness-not-reviewed and as process-run evidence; needed only when the SoA entry has no effectiveness review", alsoIn = {"/statementOfApplicability/entries/*/effectivenessReviewedOn", "/monitoring/*/controlIds", "/monitoring[kind=CONTROL_EFFECTIVENESS]"})
    @ControlRef @JsonPropertyDescription("Annex A controls concerned.")
    List<String> controlIds) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public MonitoringActivity {
    aiSystemIds = ModelLists.copy(aiSystemIds, "aiSystemIds");
    objectiveIds = ModelLists.copy(objectiveIds, "objectiveIds");
    controlIds = ModelLists.copy(controlIds, "controlIds");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static MonitoringActivityBuilder builder() {
    return MonitoringActivityBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public MonitoringActivityBuilder toBuilder() {
    return MonitoringActivityBuilder.builder(this);
  }
}
