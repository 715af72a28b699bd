package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * A planned communication about the AIMS (7.4).
 */
@RecordBuilder
public record Communication(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Evidence(value = {"7.4"}, when = "7.4-a (7.4/communication-incompletely-determined)")
    @JsonPropertyDescription("What is communicated.")
    String subject,
    @Evidence(value = {"7.4"}, when = "7.4-b (7.4/communication-incompletely-determined)")
    @JsonPropertyDescription("When.")
    String timing,
    @Evidence(value = {"7.4"}, when = "7.4-c (7.4/communication-incompletely-determined)")
    @JsonPropertyDescription("With whom.")
    String audience,
    @Evidence(value = {"7.4"}, when = "7.4-d (7.4/communication-incompletely-determined)")
    @JsonPropertyDescription("How.")
    String channel,
    @Evidence(value = {"7.4"}, when = "7.4 internal and external communications (7.4/no-internal-communication, no-external-communication); silent only when another communication of the same direction remains", alsoIn = {"/communications/*/direction"})
    @JsonPropertyDescription("Internal or external.")
    CommunicationDirection direction,
    @Evidence(value = {"7.4"}, when = "Guidance (opportunity): who communicates (7.4/communication-without-owner)")
    @RefersTo(Person.class) @JsonPropertyDescription("Who communicates.")
    String responsibleId,
    @Evidence(value = {"7.4"}, when = "7.4-b evidence the communication takes place (7.4/communication-never-performed, observation)")
    @JsonPropertyDescription("When it last took place.")
    LocalDate lastPerformedOn) implements Entity {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static CommunicationBuilder builder() {
    return CommunicationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public CommunicationBuilder toBuilder() {
    return CommunicationBuilder.builder(this);
  }
}
