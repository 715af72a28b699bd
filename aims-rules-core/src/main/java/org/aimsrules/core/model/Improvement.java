package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * A continual-improvement action (10.1).
 */
@RecordBuilder
public record Improvement(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("Required by the reader; text")
    @Required @JsonPropertyDescription("The improvement.")
    String description,
    @Informational("Descriptive")
    @JsonPropertyDescription("Where it came from.")
    ImprovementSource source,
    @Informational("Input to the 10.1 observations (guidance); an undated improvement does not count as recent, which is the strict case")
    @JsonPropertyDescription("When it was identified.")
    LocalDate identifiedOn,
    @Informational("Link to the review that decided it; one of several accepted evidences of 9.3.2-e/9.3.3-1, the review outputs hold the same fact")
    @RefersTo(ManagementReview.class) @JsonPropertyDescription("Review that decided it.")
    String managementReviewId,
    @Informational("No requirement asks for an owner of improvements")
    @RefersTo(Person.class) @JsonPropertyDescription("Owner.")
    String ownerId,
    @Informational("Input to the 10.1 observations; an absent status does not count as approved or implemented (strict case)")
    @JsonPropertyDescription("Status.")
    ImprovementStatus status,
    @Informational("Input to the 10.1 observations (guidance); alternative to an approved status")
    @JsonPropertyDescription("When it was implemented.")
    LocalDate implementedOn) implements Entity {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ImprovementBuilder builder() {
    return ImprovementBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ImprovementBuilder toBuilder() {
    return ImprovementBuilder.builder(this);
  }
}
