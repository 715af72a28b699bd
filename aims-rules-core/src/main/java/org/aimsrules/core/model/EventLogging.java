package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * Event logging for an AI system (A.6.2.8).
 *
 * @param enabled Whether events are logged.
 * @param phases Life-cycle stages in which logging is enabled.
 * @param retentionDays How long logs are kept, in days.
 * @param purposes What the logs serve (traceability, incident analysis, ...).
 */
public record EventLogging(
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (whether events are logged)")
    @JsonPropertyDescription("Whether events are logged.")
    Boolean enabled,
    @Evidence(value = {"A.6.2.8"}, need = Evidence.Need.APPLICABLE, when = "where A.6.2.8 applies: life-cycle stages in which logging is enabled")
    @JsonPropertyDescription("Life-cycle stages in which logging is enabled.")
    List<LifecycleStage> phases,
    @Evidence(value = {"A.6.2.8"}, need = Evidence.Need.APPLICABLE, when = "where A.6.2.8 applies: how long logs are kept, in days")
    @Minimum(0) @Maximum(36600) @JsonPropertyDescription("How long logs are kept, in days.")
    Integer retentionDays,
    @Informational("no rule reads it; it helps people read the model (what the logs serve (traceability, incident analysis, ...))")
    @JsonPropertyDescription("What the logs serve (traceability, incident analysis, ...).")
    List<String> purposes) {

  /** Normalizes absent lists to empty, immutable lists. */
  public EventLogging {
    phases = ModelLists.copy(phases, "phases");
    purposes = ModelLists.copy(purposes, "purposes");
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
    b.enabled = enabled;
    b.phases = phases;
    b.retentionDays = retentionDays;
    b.purposes = purposes;
    return b;
  }

  /** Builder for {@link EventLogging}. */
  public static final class Builder {
    private Boolean enabled;
    private List<LifecycleStage> phases;
    private Integer retentionDays;
    private List<String> purposes;

    private Builder() {}

    /**
     * Sets {@code enabled}.
     *
     * @param value whether events are logged.
     * @return this builder
     */
    public Builder enabled(Boolean value) {
      this.enabled = value;
      return this;
    }

    /**
     * Sets {@code phases}.
     *
     * @param value life-cycle stages in which logging is enabled.
     * @return this builder
     */
    public Builder phases(List<LifecycleStage> value) {
      this.phases = value;
      return this;
    }

    /**
     * Sets {@code retentionDays}.
     *
     * @param value how long logs are kept, in days.
     * @return this builder
     */
    public Builder retentionDays(Integer value) {
      this.retentionDays = value;
      return this;
    }

    /**
     * Sets {@code purposes}.
     *
     * @param value what the logs serve (traceability, incident analysis, ...).
     * @return this builder
     */
    public Builder purposes(List<String> value) {
      this.purposes = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public EventLogging build() {
      return new EventLogging(enabled, phases, retentionDays, purposes);
    }
  }
}
