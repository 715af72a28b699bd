package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A person named in the model (top management, owners, auditors, assignees).
 */
@RecordBuilder
public record Person(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("Required by the reader; messages")
    @Required @JsonPropertyDescription("Name or pseudonym.")
    String name,
    @Informational("Descriptive")
    @JsonPropertyDescription("Job title.")
    String jobTitle,
    @Informational("Descriptive")
    @JsonPropertyDescription("Department or unit.")
    String department,
    @Evidence(value = {"5.1", "9.3.1"}, need = Evidence.Need.APPLICABLE, when = "Needed for the people who must show top-management involvement (5.1 leadership, 9.3.1 review attendance or minutes approval); an absent flag is read as not top management, so it never lets anyone approve, assign or review for top management", absentMeans = "false")
    @JsonPropertyDescription("Whether the person belongs to top management.")
    Boolean topManagement,
    @Informational("Only relaxes 9.2.2/auditor-audits-own-process (external auditors are objective); absent is the strict case")
    @JsonPropertyDescription("Whether the person is from outside the organization, e.g. a contracted auditor (fact model 1.1).")
    Boolean external) implements Entity {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static PersonBuilder builder() {
    return PersonBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public PersonBuilder toBuilder() {
    return PersonBuilder.builder(this);
  }
}
