package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * An AI risk or opportunity (6.1).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param title Short title.
 * @param description Description.
 * @param kind Risk or opportunity.
 * @param assessmentId Assessment that identified it.
 * @param aiSystemIds AI systems concerned.
 * @param source Risk source.
 * @param consequencesFor Who bears the consequences (6.1.2 d).
 * @param consequences Consequences if it materializes.
 * @param likelihood Likelihood on the criteria scale.
 * @param severity Severity on the criteria scale.
 * @param level Risk level.
 * @param acceptable Evaluation result against the acceptance criteria.
 * @param priority Treatment priority (1 = highest).
 * @param ownerId Risk owner.
 * @param affectsObjectiveIds Objectives it helps or hinders.
 * @param status Status.
 * @param identifiedOn When it was identified.
 */
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
    b.title = title;
    b.description = description;
    b.kind = kind;
    b.assessmentId = assessmentId;
    b.aiSystemIds = aiSystemIds;
    b.source = source;
    b.consequencesFor = consequencesFor;
    b.consequences = consequences;
    b.likelihood = likelihood;
    b.severity = severity;
    b.level = level;
    b.acceptable = acceptable;
    b.priority = priority;
    b.ownerId = ownerId;
    b.affectsObjectiveIds = affectsObjectiveIds;
    b.status = status;
    b.identifiedOn = identifiedOn;
    return b;
  }

  /** Builder for {@link Risk}. */
  public static final class Builder {
    private String id;
    private String title;
    private String description;
    private RiskKind kind;
    private String assessmentId;
    private List<String> aiSystemIds;
    private RiskSource source;
    private List<ConsequenceTarget> consequencesFor;
    private String consequences;
    private Integer likelihood;
    private Integer severity;
    private Integer level;
    private Boolean acceptable;
    private Integer priority;
    private String ownerId;
    private List<String> affectsObjectiveIds;
    private RiskStatus status;
    private LocalDate identifiedOn;

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
     * Sets {@code title}.
     *
     * @param value short title.
     * @return this builder
     */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param value description.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code kind}.
     *
     * @param value risk or opportunity.
     * @return this builder
     */
    public Builder kind(RiskKind value) {
      this.kind = value;
      return this;
    }

    /**
     * Sets {@code assessmentId}.
     *
     * @param value assessment that identified it.
     * @return this builder
     */
    public Builder assessmentId(String value) {
      this.assessmentId = value;
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
     * Sets {@code source}.
     *
     * @param value risk source.
     * @return this builder
     */
    public Builder source(RiskSource value) {
      this.source = value;
      return this;
    }

    /**
     * Sets {@code consequencesFor}.
     *
     * @param value who bears the consequences (6.1.2 d).
     * @return this builder
     */
    public Builder consequencesFor(List<ConsequenceTarget> value) {
      this.consequencesFor = value;
      return this;
    }

    /**
     * Sets {@code consequences}.
     *
     * @param value consequences if it materializes.
     * @return this builder
     */
    public Builder consequences(String value) {
      this.consequences = value;
      return this;
    }

    /**
     * Sets {@code likelihood}.
     *
     * @param value likelihood on the criteria scale.
     * @return this builder
     */
    public Builder likelihood(Integer value) {
      this.likelihood = value;
      return this;
    }

    /**
     * Sets {@code severity}.
     *
     * @param value severity on the criteria scale.
     * @return this builder
     */
    public Builder severity(Integer value) {
      this.severity = value;
      return this;
    }

    /**
     * Sets {@code level}.
     *
     * @param value risk level.
     * @return this builder
     */
    public Builder level(Integer value) {
      this.level = value;
      return this;
    }

    /**
     * Sets {@code acceptable}.
     *
     * @param value evaluation result against the acceptance criteria.
     * @return this builder
     */
    public Builder acceptable(Boolean value) {
      this.acceptable = value;
      return this;
    }

    /**
     * Sets {@code priority}.
     *
     * @param value treatment priority (1 = highest).
     * @return this builder
     */
    public Builder priority(Integer value) {
      this.priority = value;
      return this;
    }

    /**
     * Sets {@code ownerId}.
     *
     * @param value risk owner.
     * @return this builder
     */
    public Builder ownerId(String value) {
      this.ownerId = value;
      return this;
    }

    /**
     * Sets {@code affectsObjectiveIds}.
     *
     * @param value objectives it helps or hinders.
     * @return this builder
     */
    public Builder affectsObjectiveIds(List<String> value) {
      this.affectsObjectiveIds = value;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param value status.
     * @return this builder
     */
    public Builder status(RiskStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code identifiedOn}.
     *
     * @param value when it was identified.
     * @return this builder
     */
    public Builder identifiedOn(LocalDate value) {
      this.identifiedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Risk build() {
      return new Risk(id, title, description, kind, assessmentId, aiSystemIds, source, consequencesFor, consequences, likelihood, severity, level, acceptable, priority, ownerId, affectsObjectiveIds, status, identifiedOn);
    }
  }
}
