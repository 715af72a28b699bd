package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * The means for interested parties to report adverse impacts (A.8.3).
 *
 * @param channels Reporting channels.
 * @param publiclyAvailable Whether the channel is available to external parties.
 * @param handlingProcessId Process that handles reports.
 * @param lastReviewedOn When it was last reviewed.
 */
public record ExternalReporting(
    @Evidence(value = {"A.8.3"}, need = Evidence.Need.APPLICABLE, when = "A.8.3 applies; an external-reporting process (by type or by the controls it implements) also counts.", alsoIn = {"/processes/*/type", "/processes/*/controlIds"})
    @JsonPropertyDescription("Reporting channels.")
    List<String> channels,
    @Evidence(value = {"A.8.3"}, when = "whenever the record is present: whether the channel is available to external parties")
    @JsonPropertyDescription("Whether the channel is available to external parties.")
    Boolean publiclyAvailable,
    @Evidence(value = {"A.8.3"}, need = Evidence.Need.APPLICABLE, when = "Channels exist; an external-reporting process (by type or by the controls it implements) also counts.", alsoIn = {"/processes/*/type", "/processes/*/controlIds"})
    @RefersTo(AimsProcess.class) @JsonPropertyDescription("Process that handles reports.")
    String handlingProcessId,
    @Informational("Review date; no rule needs it.")
    @JsonPropertyDescription("When it was last reviewed.")
    LocalDate lastReviewedOn) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public ExternalReporting {
    channels = ModelLists.copy(channels, "channels");
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
    b.channels = channels;
    b.publiclyAvailable = publiclyAvailable;
    b.handlingProcessId = handlingProcessId;
    b.lastReviewedOn = lastReviewedOn;
    return b;
  }

  /** Builder for {@link ExternalReporting}. */
  public static final class Builder {
    private List<String> channels;
    private Boolean publiclyAvailable;
    private String handlingProcessId;
    private LocalDate lastReviewedOn;

    private Builder() {}

    /**
     * Sets {@code channels}.
     *
     * @param value reporting channels.
     * @return this builder
     */
    public Builder channels(List<String> value) {
      this.channels = value;
      return this;
    }

    /**
     * Sets {@code publiclyAvailable}.
     *
     * @param value whether the channel is available to external parties.
     * @return this builder
     */
    public Builder publiclyAvailable(Boolean value) {
      this.publiclyAvailable = value;
      return this;
    }

    /**
     * Sets {@code handlingProcessId}.
     *
     * @param value process that handles reports.
     * @return this builder
     */
    public Builder handlingProcessId(String value) {
      this.handlingProcessId = value;
      return this;
    }

    /**
     * Sets {@code lastReviewedOn}.
     *
     * @param value when it was last reviewed.
     * @return this builder
     */
    public Builder lastReviewedOn(LocalDate value) {
      this.lastReviewedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ExternalReporting build() {
      return new ExternalReporting(channels, publiclyAvailable, handlingProcessId, lastReviewedOn);
    }
  }
}
