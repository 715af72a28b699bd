package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * An AI risk or opportunity (6.1).
 */
@RecordBuilder
public record Risk(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("Short title.")
    String title,
    @Informational("descriptive")
    @JsonPropertyDescription("Description.")
    String description,
    @Evidence(value = {"6.1.2-d1", "6.1.2-e1"}, when = "always: absent is read as a risk (the demanding case), so it must be analysed and evaluated (6.1.2/risk-analysis-incomplete, risk-evaluation-incomplete)", absentMeans = "RISK")
    @JsonPropertyDescription("Risk or opportunity.")
    RiskKind kind,
    @Informational("link; a risk outside any assessment is still checked (derive/clause-6/risk-outside-assessment)")
    @RefersTo(RiskAssessment.class) @JsonPropertyDescription("Assessment that identified it.")
    String assessmentId,
    @Evidence(value = {"6.1.1-3"}, when = "when a risk assessment is recorded (without one, 6.1.2/no-risk-assessment reports the lapse): one risk naming the system suffices (6.1.1/no-risks-for-system, system-not-risk-assessed)", alsoIn = {"/risks/*/aiSystemIds", "/riskAssessments/*/aiSystemIds"}, onlyIf = "/riskAssessments")
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems concerned.")
    List<String> aiSystemIds,
    @Informational("classification (risk source); descriptive")
    @JsonPropertyDescription("Risk source.")
    RiskSource source,
    @Evidence(value = {"6.1.2-d1"}, when = "at least one risk of the latest assessment must name people or society (6.1.2/consequences-for-people-not-assessed)", alsoIn = {"/riskAssessments/*/consideredImpactAssessmentIds"})
    @JsonPropertyDescription("Who bears the consequences (6.1.2 d).")
    List<ConsequenceTarget> consequencesFor,
    @Evidence(value = {"6.1.2-d1"}, when = "for every open risk, not for opportunities (6.1.2/risk-analysis-incomplete)", onlyIf = "kind!=OPPORTUNITY")
    @JsonPropertyDescription("Consequences if it materializes.")
    String consequences,
    @Evidence(value = {"6.1.2-d2"}, when = "always: the realistic likelihood of each identified risk is assessed", alsoIn = {"/risks/*/level"})
    @Minimum(1) @Maximum(1000) @JsonPropertyDescription("Likelihood on the criteria scale.")
    Integer likelihood,
    @Informational("input to level consistency checks; the level itself is the required evidence")
    @Minimum(1) @Maximum(1000) @JsonPropertyDescription("Severity on the criteria scale.")
    Integer severity,
    @Evidence(value = {"6.1.2-d3"}, when = "for every open risk, not for opportunities (6.1.2/risk-analysis-incomplete)", onlyIf = "kind!=OPPORTUNITY")
    @Minimum(1) @Maximum(1000) @JsonPropertyDescription("Risk level.")
    Integer level,
    @Evidence(value = {"6.1.2-e1"}, when = "for every open risk, not for opportunities (6.1.2/risk-evaluation-incomplete)", onlyIf = "kind!=OPPORTUNITY")
    @JsonPropertyDescription("Evaluation result against the acceptance criteria.")
    Boolean acceptable,
    @Evidence(value = {"6.1.2-e2"}, need = Evidence.Need.APPLICABLE, when = "for every open risk not evaluated as acceptable (6.1.2/risk-evaluation-incomplete)", onlyIf = "acceptable!=true")
    @Minimum(1) @Maximum(1000) @JsonPropertyDescription("Treatment priority (1 = highest).")
    Integer priority,
    @Informational("accepted as treatment owner (guidance observation 6.1.3/treatment-owner-or-due-date-missing) besides RiskTreatment.ownerId; no shall")
    @RefersTo(Person.class) @JsonPropertyDescription("Risk owner.")
    String ownerId,
    @Evidence(value = {"6.1.2-c"}, when = "at least one risk of the latest assessment must name an objective (6.1.2/risks-not-linked-to-objectives); opportunities too (6.1.1/opportunity-not-addressed)", alsoIn = {"/risks/*/affectsObjectiveIds", "/riskTreatments/*/riskIds"})
    @RefersTo(Objective.class) @JsonPropertyDescription("Objectives it helps or hinders.")
    List<String> affectsObjectiveIds,
    @Informational("absent counts as open (all checks apply)")
    @JsonPropertyDescription("Status.")
    RiskStatus status,
    @Informational("only used to ignore risks identified after the evaluation date; undated counts as identified")
    @JsonPropertyDescription("When it was identified.")
    LocalDate identifiedOn) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public Risk {
    aiSystemIds = ModelLists.copy(aiSystemIds, "aiSystemIds");
    consequencesFor = ModelLists.copy(consequencesFor, "consequencesFor");
    affectsObjectiveIds = ModelLists.copy(affectsObjectiveIds, "affectsObjectiveIds");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static RiskBuilder builder() {
    return RiskBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public RiskBuilder toBuilder() {
    return RiskBuilder.builder(this);
  }
}
