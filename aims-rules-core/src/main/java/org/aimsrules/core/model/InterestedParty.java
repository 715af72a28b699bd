package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * An interested party relevant to the AIMS (4.2).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param name Name of the party or group.
 * @param category Category.
 * @param relevant Whether it is relevant to the AIMS.
 * @param requirements Its relevant requirements.
 * @param identifiedOn When it was identified.
 */
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
    b.id = id;
    b.name = name;
    b.category = category;
    b.relevant = relevant;
    b.requirements = requirements;
    b.identifiedOn = identifiedOn;
    return b;
  }

  /** Builder for {@link InterestedParty}. */
  public static final class Builder {
    private String id;
    private String name;
    private PartyCategory category;
    private Boolean relevant;
    private List<PartyRequirement> requirements;
    private LocalDate identifiedOn;

    private Builder() {}

    /**
     * Sets {@code id}.
     *
     * @param value stable identifier, unique across the whole document; other entities refer to it.
     * @return this builder
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets {@code name}.
     *
     * @param value name of the party or group.
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code category}.
     *
     * @param value category.
     * @return this builder
     */
    public Builder category(PartyCategory value) {
      this.category = value;
      return this;
    }

    /**
     * Sets {@code relevant}.
     *
     * @param value whether it is relevant to the AIMS.
     * @return this builder
     */
    public Builder relevant(Boolean value) {
      this.relevant = value;
      return this;
    }

    /**
     * Sets {@code requirements}.
     *
     * @param value its relevant requirements.
     * @return this builder
     */
    public Builder requirements(List<PartyRequirement> value) {
      this.requirements = value;
      return this;
    }

    /**
     * Sets {@code identifiedOn}.
     *
     * @param value when it was identified.
     * @return this builder
     */
    public Builder identifiedOn(LocalDate value) {
      this.identifiedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public InterestedParty build() {
      return new InterestedParty(id, name, category, relevant, requirements, identifiedOn);
    }
  }
}
