package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Something left out of the AIMS scope.
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ScopeExclusionBuilder builder() {
    return ScopeExclusionBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ScopeExclusionBuilder toBuilder() {
    return ScopeExclusionBuilder.builder(this);
  }
}
