package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * An awareness activity (7.3).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static AwarenessActivityBuilder builder() {
    return AwarenessActivityBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public AwarenessActivityBuilder toBuilder() {
    return AwarenessActivityBuilder.builder(this);
  }
}
