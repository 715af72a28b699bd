package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * An interested party relevant to the AIMS (4.2).
 */
@RecordBuilder
public record InterestedParty(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("Name of the party or group.")
    String name,
    @Informational("descriptive")
    @JsonPropertyDescription("Category.")
    PartyCategory category,
    @Informational("absent means relevant (the demanding case); only false removes a party from the checks")
    @JsonPropertyDescription("Whether it is relevant to the AIMS.")
    Boolean relevant,
    @Evidence(value = {"4.2-b"}, when = "for every relevant party (4.2/party-requirements-not-identified, also against 4.2-c)")
    @JsonPropertyDescription("Its relevant requirements.")
    List<PartyRequirement> requirements,
    @Informational("only used to ignore parties identified after the evaluation date")
    @JsonPropertyDescription("When it was identified.")
    LocalDate identifiedOn) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public InterestedParty {
    requirements = ModelLists.copy(requirements, "requirements");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static InterestedPartyBuilder builder() {
    return InterestedPartyBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public InterestedPartyBuilder toBuilder() {
    return InterestedPartyBuilder.builder(this);
  }
}
