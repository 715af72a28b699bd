package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * Evidence of leadership and commitment (5.1).
 */
@RecordBuilder
public record Leadership(
    @Evidence(value = {"5.1-a", "5.1-b", "5.1-c", "5.1-d", "5.1-e", "5.1-f", "5.1-g", "5.1-h"}, when = "always: evidence of each 5.1 aspect (5.1/*-not-evidenced observations, now also when no commitments are recorded; 5.1/no-leadership-evidence, MAJOR, in addition when there is no top-management involvement at all)", alsoIn = {"/managementReviews/*/attendeeIds", "/aiPolicy/approvedBy", "/roles/*/assignedBy"})
    @JsonPropertyDescription("Evidence per aspect.")
    List<LeadershipCommitment> commitments) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public Leadership {
    commitments = ModelLists.copy(commitments, "commitments");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static LeadershipBuilder builder() {
    return LeadershipBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public LeadershipBuilder toBuilder() {
    return LeadershipBuilder.builder(this);
  }
}
