package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * The process for reporting concerns about AI (A.3.3).
 *
 * @param processId The process that handles concerns.
 * @param channels Reporting channels.
 * @param anonymousReportingPossible Whether reports can be anonymous or confidential.
 * @param reprisalProtection Whether reporters are protected against reprisal.
 * @param handlerRoleId Role that investigates and resolves concerns.
 * @param escalatesToManagement Whether concerns are escalated and reported to management.
 * @param promotedOn When the channel was last promoted to staff.
 * @param lastReviewedOn When the process was last reviewed.
 */
public record ConcernReporting(
    @Evidence(value = {"A.3.3"}, when = "The concern-reporting section exists; a concern-reporting process (by type or by the controls it implements) also counts.", alsoIn = {"/processes/*/type", "/processes/*/controlIds"})
    @RefersTo(AimsProcess.class) @JsonPropertyDescription("The process that handles concerns.")
    String processId,
    @Evidence(value = {"A.3.3"}, when = "whenever the record is present: reporting channels")
    @JsonPropertyDescription("Reporting channels.")
    List<String> channels,
    @Evidence(value = {"A.3.3"}, when = "whenever the record is present: whether reports can be anonymous or confidential")
    @JsonPropertyDescription("Whether reports can be anonymous or confidential.")
    Boolean anonymousReportingPossible,
    @Evidence(value = {"A.3.3"}, when = "whenever the record is present: whether reporters are protected against reprisal")
    @JsonPropertyDescription("Whether reporters are protected against reprisal.")
    Boolean reprisalProtection,
    @Informational("Handling role; A.3.3 rules read the process and protections, and roles are A.3.2.")
    @RefersTo(Role.class) @JsonPropertyDescription("Role that investigates and resolves concerns.")
    String handlerRoleId,
    @Evidence(value = {"A.3.3"}, when = "whenever the record is present: whether concerns are escalated and reported to management")
    @JsonPropertyDescription("Whether concerns are escalated and reported to management.")
    Boolean escalatesToManagement,
    @Evidence(value = {"A.3.3"}, when = "whenever the record is present: when the channel was last promoted to staff")
    @JsonPropertyDescription("When the channel was last promoted to staff.")
    LocalDate promotedOn,
    @Informational("Review date; no rule needs it.")
    @JsonPropertyDescription("When the process was last reviewed.")
    LocalDate lastReviewedOn) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public ConcernReporting {
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
    b.processId = processId;
    b.channels = channels;
    b.anonymousReportingPossible = anonymousReportingPossible;
    b.reprisalProtection = reprisalProtection;
    b.handlerRoleId = handlerRoleId;
    b.escalatesToManagement = escalatesToManagement;
    b.promotedOn = promotedOn;
    b.lastReviewedOn = lastReviewedOn;
    return b;
  }

  /** Builder for {@link ConcernReporting}. */
  public static final class Builder {
    private String processId;
    private List<String> channels;
    private Boolean anonymousReportingPossible;
    private Boolean reprisalProtection;
    private String handlerRoleId;
    private Boolean escalatesToManagement;
    private LocalDate promotedOn;
    private LocalDate lastReviewedOn;

    private Builder() {}

    /**
     * Sets {@code processId}.
     *
     * @param value the process that handles concerns.
     * @return this builder
     */
    public Builder processId(String value) {
      this.processId = value;
      return this;
    }

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
     * Sets {@code anonymousReportingPossible}.
     *
     * @param value whether reports can be anonymous or confidential.
     * @return this builder
     */
    public Builder anonymousReportingPossible(Boolean value) {
      this.anonymousReportingPossible = value;
      return this;
    }

    /**
     * Sets {@code reprisalProtection}.
     *
     * @param value whether reporters are protected against reprisal.
     * @return this builder
     */
    public Builder reprisalProtection(Boolean value) {
      this.reprisalProtection = value;
      return this;
    }

    /**
     * Sets {@code handlerRoleId}.
     *
     * @param value role that investigates and resolves concerns.
     * @return this builder
     */
    public Builder handlerRoleId(String value) {
      this.handlerRoleId = value;
      return this;
    }

    /**
     * Sets {@code escalatesToManagement}.
     *
     * @param value whether concerns are escalated and reported to management.
     * @return this builder
     */
    public Builder escalatesToManagement(Boolean value) {
      this.escalatesToManagement = value;
      return this;
    }

    /**
     * Sets {@code promotedOn}.
     *
     * @param value when the channel was last promoted to staff.
     * @return this builder
     */
    public Builder promotedOn(LocalDate value) {
      this.promotedOn = value;
      return this;
    }

    /**
     * Sets {@code lastReviewedOn}.
     *
     * @param value when the process was last reviewed.
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
    public ConcernReporting build() {
      return new ConcernReporting(processId, channels, anonymousReportingPossible, reprisalProtection, handlerRoleId, escalatesToManagement, promotedOn, lastReviewedOn);
    }
  }
}
