package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * One control in the Statement of Applicability (6.1.3 f).
 *
 * @param controlId Annex A control id, e.g. A.6.2.8.
 * @param included Whether the control is included (applied).
 * @param justification Justification for inclusion or exclusion.
 * @param implementationStatus Implementation status.
 * @param plannedCompletion Planned completion when not yet implemented.
 * @param evidence Ids of evidence: documents, processes, records.
 * @param effectivenessReviewedOn When its effectiveness was last reviewed (8.1).
 * @param effective Whether it was found effective.
 */
public record SoaEntry(
    @Identity("required by the reader")
    @Required @ControlRef @JsonPropertyDescription("Annex A control id, e.g. A.6.2.8.")
    String controlId,
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("Whether the control is included (applied).")
    Boolean included,
    @Evidence(value = {"6.1.3-f"}, when = "for every entry: exclusion (6.1.3/exclusion-unjustified) and now inclusion (6.1.3/inclusion-unjustified, new)")
    @JsonPropertyDescription("Justification for inclusion or exclusion.")
    String justification,
    @Informational("6.1.3 f) as registered asks for the controls and the justifications, not an implementation status; status feeds deferral derivations and 8.1 planning checks (absent is not read as implemented)")
    @JsonPropertyDescription("Implementation status.")
    ImplementationStatus implementationStatus,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (planned completion when not yet implemented)")
    @JsonPropertyDescription("Planned completion when not yet implemented.")
    LocalDate plannedCompletion,
    @Evidence(value = {"6.1.3"}, when = "entries marked implemented (6.1.3/implemented-without-evidence): a process implementing the control or an implemented, dated treatment using it are the alternatives", alsoIn = {"/processes/*/controlIds", "/riskTreatments/*/implementedOn"}, onlyIf = "implementationStatus=IMPLEMENTED")
    @RefersTo(Object.class) @JsonPropertyDescription("Ids of evidence: documents, processes, records.")
    List<String> evidence,
    @Evidence(value = {"8.1-4", "6.1.1-6"}, when = "implemented controls: their effectiveness is monitored (8.1/control-effectiveness-not-reviewed); a monitoring activity analysing the control, or all controls, also evidences it; also one way to evidence the planned effectiveness evaluation of a treatment using the control (6.1.1/effectiveness-evaluation-not-planned)", alsoIn = {"/monitoring/*/controlIds", "/monitoring[kind=CONTROL_EFFECTIVENESS]", "/riskTreatments/*/effectivenessVerifiedOn"}, onlyIf = "implementationStatus=IMPLEMENTED")
    @JsonPropertyDescription("When its effectiveness was last reviewed (8.1).")
    LocalDate effectivenessReviewedOn,
    @Informational("result of an effectiveness review; descriptive")
    @JsonPropertyDescription("Whether it was found effective.")
    Boolean effective) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public SoaEntry {
    evidence = ModelLists.copy(evidence, "evidence");
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
    b.controlId = controlId;
    b.included = included;
    b.justification = justification;
    b.implementationStatus = implementationStatus;
    b.plannedCompletion = plannedCompletion;
    b.evidence = evidence;
    b.effectivenessReviewedOn = effectivenessReviewedOn;
    b.effective = effective;
    return b;
  }

  /** Builder for {@link SoaEntry}. */
  public static final class Builder {
    private String controlId;
    private Boolean included;
    private String justification;
    private ImplementationStatus implementationStatus;
    private LocalDate plannedCompletion;
    private List<String> evidence;
    private LocalDate effectivenessReviewedOn;
    private Boolean effective;

    private Builder() {}

    /**
     * Sets {@code controlId}.
     *
     * @param value annex A control id, e.g. A.6.2.8.
     * @return this builder
     */
    public Builder controlId(String value) {
      this.controlId = value;
      return this;
    }

    /**
     * Sets {@code included}.
     *
     * @param value whether the control is included (applied).
     * @return this builder
     */
    public Builder included(Boolean value) {
      this.included = value;
      return this;
    }

    /**
     * Sets {@code justification}.
     *
     * @param value justification for inclusion or exclusion.
     * @return this builder
     */
    public Builder justification(String value) {
      this.justification = value;
      return this;
    }

    /**
     * Sets {@code implementationStatus}.
     *
     * @param value implementation status.
     * @return this builder
     */
    public Builder implementationStatus(ImplementationStatus value) {
      this.implementationStatus = value;
      return this;
    }

    /**
     * Sets {@code plannedCompletion}.
     *
     * @param value planned completion when not yet implemented.
     * @return this builder
     */
    public Builder plannedCompletion(LocalDate value) {
      this.plannedCompletion = value;
      return this;
    }

    /**
     * Sets {@code evidence}.
     *
     * @param value ids of evidence: documents, processes, records.
     * @return this builder
     */
    public Builder evidence(List<String> value) {
      this.evidence = value;
      return this;
    }

    /**
     * Sets {@code effectivenessReviewedOn}.
     *
     * @param value when its effectiveness was last reviewed (8.1).
     * @return this builder
     */
    public Builder effectivenessReviewedOn(LocalDate value) {
      this.effectivenessReviewedOn = value;
      return this;
    }

    /**
     * Sets {@code effective}.
     *
     * @param value whether it was found effective.
     * @return this builder
     */
    public Builder effective(Boolean value) {
      this.effective = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public SoaEntry build() {
      return new SoaEntry(controlId, included, justification, implementationStatus, plannedCompletion, evidence, effectivenessReviewedOn, effective);
    }
  }
}
