package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * An internal or external issue relevant to the AIMS (4.1).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param kind Internal or external.
 * @param category Topic.
 * @param description The issue.
 * @param identifiedOn When it was identified.
 * @param lastReviewedOn When it was last reviewed.
 */
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
    b.kind = kind;
    b.category = category;
    b.description = description;
    b.identifiedOn = identifiedOn;
    b.lastReviewedOn = lastReviewedOn;
    return b;
  }

  /** Builder for {@link ContextIssue}. */
  public static final class Builder {
    private String id;
    private IssueKind kind;
    private IssueCategory category;
    private String description;
    private LocalDate identifiedOn;
    private LocalDate lastReviewedOn;

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
     * Sets {@code kind}.
     *
     * @param value internal or external.
     * @return this builder
     */
    public Builder kind(IssueKind value) {
      this.kind = value;
      return this;
    }

    /**
     * Sets {@code category}.
     *
     * @param value topic.
     * @return this builder
     */
    public Builder category(IssueCategory value) {
      this.category = value;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param value the issue.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
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
     * Sets {@code lastReviewedOn}.
     *
     * @param value when it was last reviewed.
     * @return this builder
     */
    public Builder lastReviewedOn(LocalDate value) {
      this.lastReviewedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ContextIssue build() {
      return new ContextIssue(id, kind, category, description, identifiedOn, lastReviewedOn);
    }
  }
}
