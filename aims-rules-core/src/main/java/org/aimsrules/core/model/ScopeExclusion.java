package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * Something left out of the AIMS scope.
 *
 * @param description What is excluded.
 * @param justification Why.
 * @param aiSystemIds AI systems the exclusion concerns (fact model 1.1).
 */
public record ScopeExclusion(
    @Identity("required by the reader (REJECTED when absent); names the excluded part")
    @Required @JsonPropertyDescription("What is excluded.")
    String description,
    @Evidence(value = {"4.3-1"}, when = "whenever an exclusion exists (4.3/exclusion-without-justification)")
    @JsonPropertyDescription("Why.")
    String justification,
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems the exclusion concerns (fact model 1.1).")
    List<String> aiSystemIds) {

  /** Normalizes absent lists to empty, immutable lists. */
  public ScopeExclusion {
    aiSystemIds = ModelLists.copy(aiSystemIds, "aiSystemIds");
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
    b.description = description;
    b.justification = justification;
    b.aiSystemIds = aiSystemIds;
    return b;
  }

  /** Builder for {@link ScopeExclusion}. */
  public static final class Builder {
    private String description;
    private String justification;
    private List<String> aiSystemIds;

    private Builder() {}

    /**
     * Sets {@code description}.
     *
     * @param value what is excluded.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code justification}.
     *
     * @param value why.
     * @return this builder
     */
    public Builder justification(String value) {
      this.justification = value;
      return this;
    }

    /**
     * Sets {@code aiSystemIds}.
     *
     * @param value aI systems the exclusion concerns (fact model 1.1).
     * @return this builder
     */
    public Builder aiSystemIds(List<String> value) {
      this.aiSystemIds = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ScopeExclusion build() {
      return new ScopeExclusion(description, justification, aiSystemIds);
    }
  }
}
