package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * One impact category in an impact assessment.
 *
 * @param category Impact category.
 * @param consideration Assessed, or ruled out with a rationale.
 * @param rationale Why it was ruled out, or a summary.
 * @param direction Positive, negative or mixed.
 * @param affected Who is affected.
 * @param description The impact.
 * @param likelihood Likelihood on the criteria scale.
 * @param severity Severity on the criteria scale.
 * @param mitigation Mitigation measures.
 * @param residualAccepted Whether the residual impact was accepted.
 */
public record Impact(
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("Impact category.")
    ImpactCategory category,
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("Assessed, or ruled out with a rationale.")
    ImpactConsideration consideration,
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "for impacts ruled out, annex slice (A.5.2/impact-ruled-out-without-rationale)", latestOnly = true)
    @JsonPropertyDescription("Why it was ruled out, or a summary.")
    String rationale,
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "assessed impacts, annex slice: absent is read as adverse, so the impact must be rated and treated or accepted (A.5.2/impact-not-rated, negative-impact-untreated, residual-acceptance-criteria-missing)", absentMeans = "NEGATIVE", latestOnly = true)
    @JsonPropertyDescription("Positive, negative or mixed.")
    ImpactDirection direction,
    @Evidence(value = {"A.5.4"}, need = Evidence.Need.APPLICABLE, when = "annex slice (A.5.4/affected-individuals-not-identified): one assessed impact naming individuals or groups, or the assessment's list, identifies them", alsoIn = {"/impactAssessments/*/affectedIndividualsAndGroups", "/impactAssessments/*/impacts/*/affected"}, latestOnly = true)
    @JsonPropertyDescription("Who is affected.")
    List<ConsequenceTarget> affected,
    @Informational("descriptive")
    @JsonPropertyDescription("The impact.")
    String description,
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "assessed impacts, annex slice (A.5.2/impact-not-rated)", latestOnly = true)
    @Minimum(1) @Maximum(1000) @JsonPropertyDescription("Likelihood on the criteria scale.")
    Integer likelihood,
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "assessed impacts, annex slice (A.5.2/impact-not-rated)", latestOnly = true)
    @Minimum(1) @Maximum(1000) @JsonPropertyDescription("Severity on the criteria scale.")
    Integer severity,
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "for negative impacts, annex slice (A.5.2/negative-impact-untreated)", alsoIn = {"/impactAssessments/*/impacts/*/residualAccepted"}, latestOnly = true)
    @JsonPropertyDescription("Mitigation measures.")
    String mitigation,
    @Evidence(value = {"A.5.2"}, need = Evidence.Need.APPLICABLE, when = "for assessed impacts that are not positive and have no mitigation, annex slice (A.5.2/negative-impact-untreated)", alsoIn = {"/impactAssessments/*/impacts/*/mitigation"}, onlyIf = "direction!=POSITIVE", latestOnly = true)
    @JsonPropertyDescription("Whether the residual impact was accepted.")
    Boolean residualAccepted) {

  /** Normalizes absent lists to empty, immutable lists. */
  public Impact {
    affected = ModelLists.copy(affected, "affected");
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
    b.category = category;
    b.consideration = consideration;
    b.rationale = rationale;
    b.direction = direction;
    b.affected = affected;
    b.description = description;
    b.likelihood = likelihood;
    b.severity = severity;
    b.mitigation = mitigation;
    b.residualAccepted = residualAccepted;
    return b;
  }

  /** Builder for {@link Impact}. */
  public static final class Builder {
    private ImpactCategory category;
    private ImpactConsideration consideration;
    private String rationale;
    private ImpactDirection direction;
    private List<ConsequenceTarget> affected;
    private String description;
    private Integer likelihood;
    private Integer severity;
    private String mitigation;
    private Boolean residualAccepted;

    private Builder() {}

    /**
     * Sets {@code category}.
     *
     * @param value impact category.
     * @return this builder
     */
    public Builder category(ImpactCategory value) {
      this.category = value;
      return this;
    }

    /**
     * Sets {@code consideration}.
     *
     * @param value assessed, or ruled out with a rationale.
     * @return this builder
     */
    public Builder consideration(ImpactConsideration value) {
      this.consideration = value;
      return this;
    }

    /**
     * Sets {@code rationale}.
     *
     * @param value why it was ruled out, or a summary.
     * @return this builder
     */
    public Builder rationale(String value) {
      this.rationale = value;
      return this;
    }

    /**
     * Sets {@code direction}.
     *
     * @param value positive, negative or mixed.
     * @return this builder
     */
    public Builder direction(ImpactDirection value) {
      this.direction = value;
      return this;
    }

    /**
     * Sets {@code affected}.
     *
     * @param value who is affected.
     * @return this builder
     */
    public Builder affected(List<ConsequenceTarget> value) {
      this.affected = value;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param value the impact.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
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
     * Sets {@code mitigation}.
     *
     * @param value mitigation measures.
     * @return this builder
     */
    public Builder mitigation(String value) {
      this.mitigation = value;
      return this;
    }

    /**
     * Sets {@code residualAccepted}.
     *
     * @param value whether the residual impact was accepted.
     * @return this builder
     */
    public Builder residualAccepted(Boolean value) {
      this.residualAccepted = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Impact build() {
      return new Impact(category, consideration, rationale, direction, affected, description, likelihood, severity, mitigation, residualAccepted);
    }
  }
}
