package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * An internal or external issue relevant to the AIMS (4.1).
 */
@RecordBuilder
public record ContextIssue(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Identity("required by the reader (internal/external)")
    @Required @JsonPropertyDescription("Internal or external.")
    IssueKind kind,
    @Evidence(value = {"4.1"}, when = "An ENVIRONMENTAL issue shows climate change is among the issues determined when the organization finds it relevant (4.1/climate-change-relevant-but-no-issue); SOCIETAL_ETHICAL and ENVIRONMENTAL issues are also one reason A.5.5 applies (annex A.5; an absent category removes that reason, which other reasons such as the Statement of Applicability usually give too); other categories are descriptive. An absent category is read as OTHER, which never counts as the climate issue", absentMeans = "OTHER")
    @JsonPropertyDescription("Topic.")
    IssueCategory category,
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("The issue.")
    String description,
    @Informational("only used to ignore issues identified after the evaluation date; undated counts as identified")
    @JsonPropertyDescription("When it was identified.")
    LocalDate identifiedOn,
    @Informational("per-issue review date; no requirement reviews issues one by one (the context review is Context.lastReviewedOn)")
    @JsonPropertyDescription("When it was last reviewed.")
    LocalDate lastReviewedOn) implements Entity {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ContextIssueBuilder builder() {
    return ContextIssueBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ContextIssueBuilder toBuilder() {
    return ContextIssueBuilder.builder(this);
  }
}
