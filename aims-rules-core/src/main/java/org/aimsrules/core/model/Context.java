package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * The organization and its context (4.1).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ContextBuilder builder() {
    return ContextBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ContextBuilder toBuilder() {
    return ContextBuilder.builder(this);
  }
}
