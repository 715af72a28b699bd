package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Evidence of one aspect of top-management leadership (5.1).
 */
@RecordBuilder
public record LeadershipCommitment(
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("The aspect demonstrated.")
    LeadershipAspect aspect,
    @Evidence(value = {"5.1"}, when = "always: what was done must be described (5.1/*-not-evidenced); for the aspects a recent management review shows (intended results, resources, continual improvement), a review attended by top management is the other evidence", alsoIn = {"/leadership/commitments/*/evidenceDocumentId", "/managementReviews/*/attendeeIds"})
    @JsonPropertyDescription("What demonstrates it.")
    String evidence,
    @Evidence(value = {"5.1"}, when = "always, as the other way of describing the evidence (5.1/*-not-evidenced); a recent management review attended by top management also shows three aspects", alsoIn = {"/leadership/commitments/*/evidence", "/managementReviews/*/attendeeIds"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the record that shows it.")
    String evidenceDocumentId,
    @Evidence(value = {"5.1"}, when = "always: must be a member of top management (5.1/*-not-evidenced); a recent management review attended by top management also shows three aspects", alsoIn = {"/managementReviews/*/attendeeIds"})
    @RefersTo(Person.class) @JsonPropertyDescription("Member of top management who demonstrated it.")
    String demonstratedBy,
    @Evidence(value = {"5.1"}, when = "always: dated within a management-review interval (5.1/*-not-evidenced); a recent management review attended by top management also shows three aspects", alsoIn = {"/managementReviews/*/attendeeIds"})
    @JsonPropertyDescription("When.")
    LocalDate demonstratedOn) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static LeadershipCommitmentBuilder builder() {
    return LeadershipCommitmentBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public LeadershipCommitmentBuilder toBuilder() {
    return LeadershipCommitmentBuilder.builder(this);
  }
}
