package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * Monitoring and measurement of something (9.1).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param subject What is monitored.
 * @param kind Kind.
 * @param method Method.
 * @param frequencyMonths How often it is measured, in months.
 * @param analysisFrequencyMonths How often results are analysed and evaluated, in months.
 * @param responsibleId Who monitors.
 * @param lastPerformedOn Last measurement.
 * @param lastAnalysedOn Last analysis and evaluation.
 * @param resultsDocumentId Id of the results.
 * @param aiSystemIds AI systems concerned.
 * @param objectiveIds Objectives concerned.
 * @param controlIds Annex A controls concerned.
 */
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
    b.id = id;
    b.subject = subject;
    b.kind = kind;
    b.method = method;
    b.frequencyMonths = frequencyMonths;
    b.analysisFrequencyMonths = analysisFrequencyMonths;
    b.responsibleId = responsibleId;
    b.lastPerformedOn = lastPerformedOn;
    b.lastAnalysedOn = lastAnalysedOn;
    b.resultsDocumentId = resultsDocumentId;
    b.aiSystemIds = aiSystemIds;
    b.objectiveIds = objectiveIds;
    b.controlIds = controlIds;
    return b;
  }

  /** Builder for {@link MonitoringActivity}. */
  public static final class Builder {
    private String id;
    private String subject;
    private MonitoringKind kind;
    private String method;
    private Integer frequencyMonths;
    private Integer analysisFrequencyMonths;
    private String responsibleId;
    private LocalDate lastPerformedOn;
    private LocalDate lastAnalysedOn;
    private String resultsDocumentId;
    private List<String> aiSystemIds;
    private List<String> objectiveIds;
    private List<String> controlIds;

    private Builder() {}

    /**
     * Sets {@code id}.
     *
     * @param value stable identifier, unique across the whole document; other entities refer to it.
     * @return this builder
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets {@code subject}.
     *
     * @param value what is monitored.
     * @return this builder
     */
    public Builder subject(String value) {
      this.subject = value;
      return this;
    }

    /**
     * Sets {@code kind}.
     *
     * @param value kind.
     * @return this builder
     */
    public Builder kind(MonitoringKind value) {
      this.kind = value;
      return this;
    }

    /**
     * Sets {@code method}.
     *
     * @param value method.
     * @return this builder
     */
    public Builder method(String value) {
      this.method = value;
      return this;
    }

    /**
     * Sets {@code frequencyMonths}.
     *
     * @param value how often it is measured, in months.
     * @return this builder
     */
    public Builder frequencyMonths(Integer value) {
      this.frequencyMonths = value;
      return this;
    }

    /**
     * Sets {@code analysisFrequencyMonths}.
     *
     * @param value how often results are analysed and evaluated, in months.
     * @return this builder
     */
    public Builder analysisFrequencyMonths(Integer value) {
      this.analysisFrequencyMonths = value;
      return this;
    }

    /**
     * Sets {@code responsibleId}.
     *
     * @param value who monitors.
     * @return this builder
     */
    public Builder responsibleId(String value) {
      this.responsibleId = value;
      return this;
    }

    /**
     * Sets {@code lastPerformedOn}.
     *
     * @param value last measurement.
     * @return this builder
     */
    public Builder lastPerformedOn(LocalDate value) {
      this.lastPerformedOn = value;
      return this;
    }

    /**
     * Sets {@code lastAnalysedOn}.
     *
     * @param value last analysis and evaluation.
     * @return this builder
     */
    public Builder lastAnalysedOn(LocalDate value) {
      this.lastAnalysedOn = value;
      return this;
    }

    /**
     * Sets {@code resultsDocumentId}.
     *
     * @param value id of the results.
     * @return this builder
     */
    public Builder resultsDocumentId(String value) {
      this.resultsDocumentId = value;
      return this;
    }

    /**
     * Sets {@code aiSystemIds}.
     *
     * @param value aI systems concerned.
     * @return this builder
     */
    public Builder aiSystemIds(List<String> value) {
      this.aiSystemIds = value;
      return this;
    }

    /**
     * Sets {@code objectiveIds}.
     *
     * @param value objectives concerned.
     * @return this builder
     */
    public Builder objectiveIds(List<String> value) {
      this.objectiveIds = value;
      return this;
    }

    /**
     * Sets {@code controlIds}.
     *
     * @param value annex A controls concerned.
     * @return this builder
     */
    public Builder controlIds(List<String> value) {
      this.controlIds = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public MonitoringActivity build() {
      return new MonitoringActivity(id, subject, kind, method, frequencyMonths, analysisFrequencyMonths, responsibleId, lastPerformedOn, lastAnalysedOn, resultsDocumentId, aiSystemIds, objectiveIds, controlIds);
    }
  }
}
