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
    @Evidence(value = {"A.6.2.8"}, need = Evidence.Need.APPLICABLE, when = "where A.6.2.8 applies: annex A control id, e.g. A.6.2.8")
    @Required @ControlRef @JsonPropertyDescription("Annex A control id, e.g. A.6.2.8.")
    String controlId,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (whether the control is included (applied))")
    @Required @JsonPropertyDescription("Whether the control is included (applied).")
    Boolean included,
    @Evidence(value = {"6.1.3"}, need = Evidence.Need.APPLICABLE, when = "where 6.1.3 applies: justification for inclusion or exclusion")
    @JsonPropertyDescription("Justification for inclusion or exclusion.")
    String justification,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (implementation status)")
    @JsonPropertyDescription("Implementation status.")
    ImplementationStatus implementationStatus,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (planned completion when not yet implemented)")
    @JsonPropertyDescription("Planned completion when not yet implemented.")
    LocalDate plannedCompletion,
    @Evidence(value = {"6.1.3"}, need = Evidence.Need.APPLICABLE, when = "where 6.1.3 applies: ids of evidence: documents, processes, records")
    @RefersTo(Object.class) @JsonPropertyDescription("Ids of evidence: documents, processes, records.")
    List<String> evidence,
    @Evidence(value = {"8.1"}, need = Evidence.Need.APPLICABLE, when = "where 8.1 applies: when its effectiveness was last reviewed (8.1)")
    @JsonPropertyDescription("When its effectiveness was last reviewed (8.1).")
    LocalDate effectivenessReviewedOn,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (whether it was found effective)")
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
