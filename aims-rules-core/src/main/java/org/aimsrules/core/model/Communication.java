package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * A planned communication about the AIMS (7.4).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param subject What is communicated.
 * @param timing When.
 * @param audience With whom.
 * @param channel How.
 * @param direction Internal or external.
 * @param responsibleId Who communicates.
 * @param lastPerformedOn When it last took place.
 */
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
    b.subject = subject;
    b.timing = timing;
    b.audience = audience;
    b.channel = channel;
    b.direction = direction;
    b.responsibleId = responsibleId;
    b.lastPerformedOn = lastPerformedOn;
    return b;
  }

  /** Builder for {@link Communication}. */
  public static final class Builder {
    private String id;
    private String subject;
    private String timing;
    private String audience;
    private String channel;
    private CommunicationDirection direction;
    private String responsibleId;
    private LocalDate lastPerformedOn;

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
     * Sets {@code subject}.
     *
     * @param value what is communicated.
     * @return this builder
     */
    public Builder subject(String value) {
      this.subject = value;
      return this;
    }

    /**
     * Sets {@code timing}.
     *
     * @param value when.
     * @return this builder
     */
    public Builder timing(String value) {
      this.timing = value;
      return this;
    }

    /**
     * Sets {@code audience}.
     *
     * @param value with whom.
     * @return this builder
     */
    public Builder audience(String value) {
      this.audience = value;
      return this;
    }

    /**
     * Sets {@code channel}.
     *
     * @param value how.
     * @return this builder
     */
    public Builder channel(String value) {
      this.channel = value;
      return this;
    }

    /**
     * Sets {@code direction}.
     *
     * @param value internal or external.
     * @return this builder
     */
    public Builder direction(CommunicationDirection value) {
      this.direction = value;
      return this;
    }

    /**
     * Sets {@code responsibleId}.
     *
     * @param value who communicates.
     * @return this builder
     */
    public Builder responsibleId(String value) {
      this.responsibleId = value;
      return this;
    }

    /**
     * Sets {@code lastPerformedOn}.
     *
     * @param value when it last took place.
     * @return this builder
     */
    public Builder lastPerformedOn(LocalDate value) {
      this.lastPerformedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Communication build() {
      return new Communication(id, subject, timing, audience, channel, direction, responsibleId, lastPerformedOn);
    }
  }
}
