package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * How another organizational policy relates to AI (A.2.3).
 */
@RecordBuilder
public record PolicyAlignment(
    @Identity("Names the policy domain the entry aligns.")
    @Required @JsonPropertyDescription("Domain of the other policy.")
    PolicyDomain domain,
    @Informational("Descriptive.")
    @JsonPropertyDescription("Name of the other policy.")
    String policyName,
    @Informational("Only true asks for an action; the alignment entry itself is the evidence.")
    @JsonPropertyDescription("Whether AI affects or is governed by that policy.")
    Boolean affected,
    @Evidence(value = {"A.2.3"}, need = Evidence.Need.APPLICABLE, when = "The other policy is affected by AI.", onlyIf = "affected=true")
    @JsonPropertyDescription("What was changed or decided.")
    String actionTaken,
    @Informational("Review date; no rule needs it.")
    @JsonPropertyDescription("When the alignment was reviewed.")
    LocalDate reviewedOn) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static PolicyAlignmentBuilder builder() {
    return PolicyAlignmentBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public PolicyAlignmentBuilder toBuilder() {
    return PolicyAlignmentBuilder.builder(this);
  }
}
