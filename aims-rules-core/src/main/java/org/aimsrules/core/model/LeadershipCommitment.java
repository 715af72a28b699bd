package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * Evidence of one aspect of top-management leadership (5.1).
 *
 * @param aspect The aspect demonstrated.
 * @param evidence What demonstrates it.
 * @param evidenceDocumentId Id of the record that shows it.
 * @param demonstratedBy Member of top management who demonstrated it.
 * @param demonstratedOn When.
 */
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
    b.aspect = aspect;
    b.evidence = evidence;
    b.evidenceDocumentId = evidenceDocumentId;
    b.demonstratedBy = demonstratedBy;
    b.demonstratedOn = demonstratedOn;
    return b;
  }

  /** Builder for {@link LeadershipCommitment}. */
  public static final class Builder {
    private LeadershipAspect aspect;
    private String evidence;
    private String evidenceDocumentId;
    private String demonstratedBy;
    private LocalDate demonstratedOn;

    private Builder() {}

    /**
     * Sets {@code aspect}.
     *
     * @param value the aspect demonstrated.
     * @return this builder
     */
    public Builder aspect(LeadershipAspect value) {
      this.aspect = value;
      return this;
    }

    /**
     * Sets {@code evidence}.
     *
     * @param value what demonstrates it.
     * @return this builder
     */
    public Builder evidence(String value) {
      this.evidence = value;
      return this;
    }

    /**
     * Sets {@code evidenceDocumentId}.
     *
     * @param value id of the record that shows it.
     * @return this builder
     */
    public Builder evidenceDocumentId(String value) {
      this.evidenceDocumentId = value;
      return this;
    }

    /**
     * Sets {@code demonstratedBy}.
     *
     * @param value member of top management who demonstrated it.
     * @return this builder
     */
    public Builder demonstratedBy(String value) {
      this.demonstratedBy = value;
      return this;
    }

    /**
     * Sets {@code demonstratedOn}.
     *
     * @param value when.
     * @return this builder
     */
    public Builder demonstratedOn(LocalDate value) {
      this.demonstratedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public LeadershipCommitment build() {
      return new LeadershipCommitment(aspect, evidence, evidenceDocumentId, demonstratedBy, demonstratedOn);
    }
  }
}
