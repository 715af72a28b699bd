package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * An AI incident (A.8.4, EU AI Act Art. 73).
 */
@RecordBuilder
public record Incident(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Identity("a name by which people recognise the record")
    @Required @JsonPropertyDescription("Title.")
    String title,
    @Informational("Link; an incident naming no system is now still a known incident (checked for A.8.4 as an incident of the organization).")
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI system involved.")
    String aiSystemId,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (description)")
    @JsonPropertyDescription("Description.")
    String description,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (when it occurred)")
    @JsonPropertyDescription("When it occurred.")
    LocalDate occurredOn,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (when the organization became aware of it)")
    @JsonPropertyDescription("When the organization became aware of it.")
    LocalDate detectedOn,
    @Informational("Selects which A.8.4 rule applies; with seriousness unknown the users-informed rule still fires (serious != true), so absence does not silence A.8.4.")
    @JsonPropertyDescription("Whether it is a serious incident under the EU AI Act.")
    Boolean serious,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (kind of serious incident)")
    @JsonPropertyDescription("Kind of serious incident.")
    SeriousIncidentKind seriousKind,
    @Evidence(value = {"A.8.4"}, need = Evidence.Need.APPLICABLE, when = "The incident is known by the evaluation date.")
    @JsonPropertyDescription("When users were informed.")
    LocalDate usersInformedOn,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (when it was reported to the authority)")
    @JsonPropertyDescription("When it was reported to the authority.")
    LocalDate authorityReportedOn,
    @RefersTo(Nonconformity.class) @JsonPropertyDescription("Nonconformity raised for it.")
    String nonconformityId,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (status)")
    @JsonPropertyDescription("Status.")
    IncidentStatus status,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (when it was closed)")
    @JsonPropertyDescription("When it was closed.")
    LocalDate closedOn) implements Entity {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static IncidentBuilder builder() {
    return IncidentBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public IncidentBuilder toBuilder() {
    return IncidentBuilder.builder(this);
  }
}
