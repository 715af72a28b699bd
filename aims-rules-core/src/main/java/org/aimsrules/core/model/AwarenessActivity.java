package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * An awareness activity (7.3).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param heldOn When it took place.
 * @param topics Topics covered.
 * @param audience Who took part.
 * @param participationPercent Share of the intended audience reached.
 * @param evidenceDocumentId Id of the attendance evidence.
 */
public record AwarenessActivity(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Evidence(value = {"7.3"}, when = "7.3: when awareness was raised (7.3/awareness-overdue, awareness-not-dated); one activity held within the awareness interval suffices, so the other activities' dates hold the same fact", alsoIn = {"/awarenessActivities/*/heldOn"})
    @JsonPropertyDescription("When it took place.")
    LocalDate heldOn,
    @Evidence(value = {"7.3"}, when = "Guidance (observation): the three 7.3 topics covered within the awareness interval (7.3/*-awareness-missing), by any recent activity; the policy topic is also evidenced by a recent communication of the policy", alsoIn = {"/awarenessActivities/*/topics", "/aiPolicy/communicatedOn"})
    @JsonPropertyDescription("Topics covered.")
    List<AwarenessTopic> topics,
    @Informational("Descriptive; participation is judged by participationPercent")
    @JsonPropertyDescription("Who took part.")
    String audience,
    @Informational("Guidance input (7.3/low-awareness-participation); absent is not evidence of low participation and 7.3 requires awareness, not a participation rate")
    @Minimum(0) @Maximum(100) @JsonPropertyDescription("Share of the intended audience reached.")
    Integer participationPercent,
    @Evidence(value = {"7.3"}, when = "Guidance (opportunity): attendance evidence (7.3/awareness-attendance-not-recorded)")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the attendance evidence.")
    String evidenceDocumentId) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public AwarenessActivity {
    topics = ModelLists.copy(topics, "topics");
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
    b.heldOn = heldOn;
    b.topics = topics;
    b.audience = audience;
    b.participationPercent = participationPercent;
    b.evidenceDocumentId = evidenceDocumentId;
    return b;
  }

  /** Builder for {@link AwarenessActivity}. */
  public static final class Builder {
    private String id;
    private LocalDate heldOn;
    private List<AwarenessTopic> topics;
    private String audience;
    private Integer participationPercent;
    private String evidenceDocumentId;

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
     * Sets {@code heldOn}.
     *
     * @param value when it took place.
     * @return this builder
     */
    public Builder heldOn(LocalDate value) {
      this.heldOn = value;
      return this;
    }

    /**
     * Sets {@code topics}.
     *
     * @param value topics covered.
     * @return this builder
     */
    public Builder topics(List<AwarenessTopic> value) {
      this.topics = value;
      return this;
    }

    /**
     * Sets {@code audience}.
     *
     * @param value who took part.
     * @return this builder
     */
    public Builder audience(String value) {
      this.audience = value;
      return this;
    }

    /**
     * Sets {@code participationPercent}.
     *
     * @param value share of the intended audience reached.
     * @return this builder
     */
    public Builder participationPercent(Integer value) {
      this.participationPercent = value;
      return this;
    }

    /**
     * Sets {@code evidenceDocumentId}.
     *
     * @param value id of the attendance evidence.
     * @return this builder
     */
    public Builder evidenceDocumentId(String value) {
      this.evidenceDocumentId = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public AwarenessActivity build() {
      return new AwarenessActivity(id, heldOn, topics, audience, participationPercent, evidenceDocumentId);
    }
  }
}
