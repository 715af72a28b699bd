package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * One impact category in an impact assessment.
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ImpactBuilder builder() {
    return ImpactBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ImpactBuilder toBuilder() {
    return ImpactBuilder.builder(this);
  }
}
