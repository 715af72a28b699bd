package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * The organization and its context (4.1).
 *
 * @param issues Internal and external issues.
 * @param climateChange The climate-change determination.
 * @param lastReviewedOn When the context analysis was last reviewed.
 * @param documentId Id of the context analysis.
 */
public record Context(
    @Evidence(value = {"4.1-1"}, when = "always (4.1/no-context-issues, MAJOR)")
    @JsonPropertyDescription("Internal and external issues.")
    List<ContextIssue> issues,
    @Evidence(value = {"4.1-2"}, when = "always (4.1/climate-change-not-determined)")
    @JsonPropertyDescription("The climate-change determination.")
    ClimateChangeDetermination climateChange,
    @Evidence(value = {"4.1-1"}, when = "always, as guidance (observation 4.1/context-review-overdue; a review with input ISSUE_CHANGES also counts)", alsoIn = {"/managementReviews/*/inputs"})
    @JsonPropertyDescription("When the context analysis was last reviewed.")
    LocalDate lastReviewedOn,
    @Informational("4.1 asks for no documented information of the context analysis; link only")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the context analysis.")
    String documentId) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public Context {
    issues = ModelLists.copy(issues, "issues");
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
    b.issues = issues;
    b.climateChange = climateChange;
    b.lastReviewedOn = lastReviewedOn;
    b.documentId = documentId;
    return b;
  }

  /** Builder for {@link Context}. */
  public static final class Builder {
    private List<ContextIssue> issues;
    private ClimateChangeDetermination climateChange;
    private LocalDate lastReviewedOn;
    private String documentId;

    private Builder() {}

    /**
     * Sets {@code issues}.
     *
     * @param value internal and external issues.
     * @return this builder
     */
    public Builder issues(List<ContextIssue> value) {
      this.issues = value;
      return this;
    }

    /**
     * Sets {@code climateChange}.
     *
     * @param value the climate-change determination.
     * @return this builder
     */
    public Builder climateChange(ClimateChangeDetermination value) {
      this.climateChange = value;
      return this;
    }

    /**
     * Sets {@code lastReviewedOn}.
     *
     * @param value when the context analysis was last reviewed.
     * @return this builder
     */
    public Builder lastReviewedOn(LocalDate value) {
      this.lastReviewedOn = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the context analysis.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Context build() {
      return new Context(issues, climateChange, lastReviewedOn, documentId);
    }
  }
}
