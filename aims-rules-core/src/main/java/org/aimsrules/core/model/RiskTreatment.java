package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * A treatment of one or more AI risks (6.1.3, 8.3).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param riskIds Risks treated.
 * @param option Treatment option.
 * @param description What is done.
 * @param annexAControls Annex A controls used.
 * @param otherControls Controls beyond Annex A (6.1.3 d).
 * @param processIds AIMS processes into which the treatment is integrated (6.1.1).
 * @param ownerId Owner.
 * @param dueDate Planned completion.
 * @param status Status.
 * @param implementedOn When it was implemented.
 * @param effectivenessVerifiedOn When its effectiveness was verified (8.3).
 * @param effective Whether it proved effective.
 * @param residualLevel Residual risk level after treatment.
 * @param residualRiskAcceptedBy Who accepted the residual risk.
 * @param residualRiskAcceptedOn When.
 * @param resultsDocumentId Id of the treatment results (8.3).
 */
public record RiskTreatment(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @RefersTo(Risk.class) @JsonPropertyDescription("Risks treated.")
    List<String> riskIds,
    @Evidence(value = {"6.1.3-a"}, when = "always (6.1.3/treatment-option-missing)")
    @JsonPropertyDescription("Treatment option.")
    TreatmentOption option,
    @Informational("descriptive")
    @JsonPropertyDescription("What is done.")
    String description,
    @Evidence(value = {"6.1.3-b"}, need = Evidence.Need.APPLICABLE, when = "when the option is MODIFY or SHARE (6.1.3/treatment-without-controls)", alsoIn = {"/riskTreatments/*/otherControls"}, onlyIf = "option=MODIFY")
    @ControlRef @JsonPropertyDescription("Annex A controls used.")
    List<String> annexAControls,
    @Evidence(value = {"6.1.3-b"}, need = Evidence.Need.APPLICABLE, when = "as annexAControls", alsoIn = {"/riskTreatments/*/annexAControls"}, onlyIf = "option=MODIFY")
    @JsonPropertyDescription("Controls beyond Annex A (6.1.3 d).")
    List<String> otherControls,
    @Evidence(value = {"6.1.1-5"}, when = "always (6.1.1/treatment-not-integrated)", alsoIn = {"/processes/*/controlIds"})
    @RefersTo(AimsProcess.class) @JsonPropertyDescription("AIMS processes into which the treatment is integrated (6.1.1).")
    List<String> processIds,
    @Evidence(value = {"6.1.3-g"}, when = "always, as guidance (observation 6.1.3/treatment-owner-or-due-date-missing)", alsoIn = {"/risks/*/ownerId"})
    @RefersTo(Person.class) @JsonPropertyDescription("Owner.")
    String ownerId,
    @Evidence(value = {"6.1.3-g"}, need = Evidence.Need.APPLICABLE, when = "while not implemented, as guidance (observation 6.1.3/treatment-owner-or-due-date-missing)", onlyIf = "status!=IMPLEMENTED")
    @JsonPropertyDescription("Planned completion.")
    LocalDate dueDate,
    @Evidence(value = {"8.3-1"}, when = "always: an absent status is read as not yet implemented (PLANNED), so every check applies (8.3/treatment-overdue once the due date passes)", absentMeans = "PLANNED")
    @JsonPropertyDescription("Status.")
    TreatmentStatus status,
    @Informational("only used to ignore implementations dated after the evaluation date")
    @JsonPropertyDescription("When it was implemented.")
    LocalDate implementedOn,
    @Evidence(value = {"6.1.1-6"}, when = "always (6.1.1/effectiveness-evaluation-not-planned)", alsoIn = {"/monitoring[kind=CONTROL_EFFECTIVENESS]", "/monitoring/*/controlIds", "/statementOfApplicability/entries/*/effectivenessReviewedOn"})
    @JsonPropertyDescription("When its effectiveness was verified (8.3).")
    LocalDate effectivenessVerifiedOn,
    @Informational("result of the effectiveness verification; the verification date is the checked evidence")
    @JsonPropertyDescription("Whether it proved effective.")
    Boolean effective,
    @Informational("absent counts as above the threshold (6.1.3/treatment-residual-risk-not-accepted fires), the demanding case")
    @Minimum(1) @Maximum(1000) @JsonPropertyDescription("Residual risk level after treatment.")
    Integer residualLevel,
    @Evidence(value = {"6.1.3-3"}, when = "for implemented or retained treatments above the threshold (6.1.3/treatment-residual-risk-not-accepted)", alsoIn = {"/riskTreatmentPlan/residualRisksAcceptedBy", "/riskTreatmentPlan/residualRisksAcceptedByIds"})
    @RefersTo(Person.class) @JsonPropertyDescription("Who accepted the residual risk.")
    String residualRiskAcceptedBy,
    @Evidence(value = {"6.1.3-3"}, when = "as residualRiskAcceptedBy", alsoIn = {"/riskTreatmentPlan/residualRisksAcceptedOn"})
    @JsonPropertyDescription("When.")
    LocalDate residualRiskAcceptedOn,
    @Evidence(value = {"8.3"}, need = Evidence.Need.APPLICABLE, when = "for implemented treatments (8.3/treatment-results-not-retained, clause 8 slice)", alsoIn = {"/riskTreatments/*/effectivenessVerifiedOn"}, onlyIf = "status=IMPLEMENTED")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the treatment results (8.3).")
    String resultsDocumentId) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public RiskTreatment {
    riskIds = ModelLists.copy(riskIds, "riskIds");
    annexAControls = ModelLists.copy(annexAControls, "annexAControls");
    otherControls = ModelLists.copy(otherControls, "otherControls");
    processIds = ModelLists.copy(processIds, "processIds");
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
    b.riskIds = riskIds;
    b.option = option;
    b.description = description;
    b.annexAControls = annexAControls;
    b.otherControls = otherControls;
    b.processIds = processIds;
    b.ownerId = ownerId;
    b.dueDate = dueDate;
    b.status = status;
    b.implementedOn = implementedOn;
    b.effectivenessVerifiedOn = effectivenessVerifiedOn;
    b.effective = effective;
    b.residualLevel = residualLevel;
    b.residualRiskAcceptedBy = residualRiskAcceptedBy;
    b.residualRiskAcceptedOn = residualRiskAcceptedOn;
    b.resultsDocumentId = resultsDocumentId;
    return b;
  }

  /** Builder for {@link RiskTreatment}. */
  public static final class Builder {
    private String id;
    private List<String> riskIds;
    private TreatmentOption option;
    private String description;
    private List<String> annexAControls;
    private List<String> otherControls;
    private List<String> processIds;
    private String ownerId;
    private LocalDate dueDate;
    private TreatmentStatus status;
    private LocalDate implementedOn;
    private LocalDate effectivenessVerifiedOn;
    private Boolean effective;
    private Integer residualLevel;
    private String residualRiskAcceptedBy;
    private LocalDate residualRiskAcceptedOn;
    private String resultsDocumentId;

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
     * Sets {@code riskIds}.
     *
     * @param value risks treated.
     * @return this builder
     */
    public Builder riskIds(List<String> value) {
      this.riskIds = value;
      return this;
    }

    /**
     * Sets {@code option}.
     *
     * @param value treatment option.
     * @return this builder
     */
    public Builder option(TreatmentOption value) {
      this.option = value;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param value what is done.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code annexAControls}.
     *
     * @param value annex A controls used.
     * @return this builder
     */
    public Builder annexAControls(List<String> value) {
      this.annexAControls = value;
      return this;
    }

    /**
     * Sets {@code otherControls}.
     *
     * @param value controls beyond Annex A (6.1.3 d).
     * @return this builder
     */
    public Builder otherControls(List<String> value) {
      this.otherControls = value;
      return this;
    }

    /**
     * Sets {@code processIds}.
     *
     * @param value aIMS processes into which the treatment is integrated (6.1.1).
     * @return this builder
     */
    public Builder processIds(List<String> value) {
      this.processIds = value;
      return this;
    }

    /**
     * Sets {@code ownerId}.
     *
     * @param value owner.
     * @return this builder
     */
    public Builder ownerId(String value) {
      this.ownerId = value;
      return this;
    }

    /**
     * Sets {@code dueDate}.
     *
     * @param value planned completion.
     * @return this builder
     */
    public Builder dueDate(LocalDate value) {
      this.dueDate = value;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param value status.
     * @return this builder
     */
    public Builder status(TreatmentStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code implementedOn}.
     *
     * @param value when it was implemented.
     * @return this builder
     */
    public Builder implementedOn(LocalDate value) {
      this.implementedOn = value;
      return this;
    }

    /**
     * Sets {@code effectivenessVerifiedOn}.
     *
     * @param value when its effectiveness was verified (8.3).
     * @return this builder
     */
    public Builder effectivenessVerifiedOn(LocalDate value) {
      this.effectivenessVerifiedOn = value;
      return this;
    }

    /**
     * Sets {@code effective}.
     *
     * @param value whether it proved effective.
     * @return this builder
     */
    public Builder effective(Boolean value) {
      this.effective = value;
      return this;
    }

    /**
     * Sets {@code residualLevel}.
     *
     * @param value residual risk level after treatment.
     * @return this builder
     */
    public Builder residualLevel(Integer value) {
      this.residualLevel = value;
      return this;
    }

    /**
     * Sets {@code residualRiskAcceptedBy}.
     *
     * @param value who accepted the residual risk.
     * @return this builder
     */
    public Builder residualRiskAcceptedBy(String value) {
      this.residualRiskAcceptedBy = value;
      return this;
    }

    /**
     * Sets {@code residualRiskAcceptedOn}.
     *
     * @param value when.
     * @return this builder
     */
    public Builder residualRiskAcceptedOn(LocalDate value) {
      this.residualRiskAcceptedOn = value;
      return this;
    }

    /**
     * Sets {@code resultsDocumentId}.
     *
     * @param value id of the treatment results (8.3).
     * @return this builder
     */
    public Builder resultsDocumentId(String value) {
      this.resultsDocumentId = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public RiskTreatment build() {
      return new RiskTreatment(id, riskIds, option, description, annexAControls, otherControls, processIds, ownerId, dueDate, status, implementedOn, effectivenessVerifiedOn, effective, residualLevel, residualRiskAcceptedBy, residualRiskAcceptedOn, resultsDocumentId);
    }
  }
}
