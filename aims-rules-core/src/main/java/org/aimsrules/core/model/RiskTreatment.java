package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * A treatment of one or more AI risks (6.1.3, 8.3).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static RiskTreatmentBuilder builder() {
    return RiskTreatmentBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public RiskTreatmentBuilder toBuilder() {
    return RiskTreatmentBuilder.builder(this);
  }
}
