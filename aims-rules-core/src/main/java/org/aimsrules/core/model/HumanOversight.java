package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Human oversight arrangements for an AI system.
 *
 * @param description Oversight measures.
 * @param overseerRoleId Role that exercises oversight.
 * @param canOverride Whether overseers can override outputs.
 * @param canInterrupt Whether overseers can interrupt or stop the system.
 * @param overseersTrained Whether overseers are trained and competent.
 */
public record HumanOversight(
    @Informational("Free text; the elements are recorded as booleans and a role.")
    @JsonPropertyDescription("Oversight measures.")
    String description,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is in use and has an oversight arrangement: a nonconformity for a high-risk system (an overseer role is one of the Art. 14/26 elements), an observation for others (A.6.2.6/human-oversight-without-overseer).", alsoIn = {"/roles[areas=HUMAN_OVERSIGHT]"})
    @RefersTo(Role.class) @JsonPropertyDescription("Role that exercises oversight.")
    String overseerRoleId,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is high-risk and in service; unstated reads as false (the high-risk oversight check runs); no control asks it of other systems.", absentMeans = "false")
    @JsonPropertyDescription("Whether overseers can override outputs.")
    Boolean canOverride,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is high-risk and in service; unstated reads as false (the high-risk oversight check runs); no control asks it of other systems.", absentMeans = "false")
    @JsonPropertyDescription("Whether overseers can interrupt or stop the system.")
    Boolean canInterrupt,
    @Evidence(value = {"A.6.2.6"}, need = Evidence.Need.APPLICABLE, when = "The system is high-risk and in service; unstated reads as false (the high-risk oversight check runs); no control asks it of other systems.", absentMeans = "false")
    @JsonPropertyDescription("Whether overseers are trained and competent.")
    Boolean overseersTrained) {

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
    b.description = description;
    b.overseerRoleId = overseerRoleId;
    b.canOverride = canOverride;
    b.canInterrupt = canInterrupt;
    b.overseersTrained = overseersTrained;
    return b;
  }

  /** Builder for {@link HumanOversight}. */
  public static final class Builder {
    private String description;
    private String overseerRoleId;
    private Boolean canOverride;
    private Boolean canInterrupt;
    private Boolean overseersTrained;

    private Builder() {}

    /**
     * Sets {@code description}.
     *
     * @param value oversight measures.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code overseerRoleId}.
     *
     * @param value role that exercises oversight.
     * @return this builder
     */
    public Builder overseerRoleId(String value) {
      this.overseerRoleId = value;
      return this;
    }

    /**
     * Sets {@code canOverride}.
     *
     * @param value whether overseers can override outputs.
     * @return this builder
     */
    public Builder canOverride(Boolean value) {
      this.canOverride = value;
      return this;
    }

    /**
     * Sets {@code canInterrupt}.
     *
     * @param value whether overseers can interrupt or stop the system.
     * @return this builder
     */
    public Builder canInterrupt(Boolean value) {
      this.canInterrupt = value;
      return this;
    }

    /**
     * Sets {@code overseersTrained}.
     *
     * @param value whether overseers are trained and competent.
     * @return this builder
     */
    public Builder overseersTrained(Boolean value) {
      this.overseersTrained = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public HumanOversight build() {
      return new HumanOversight(description, overseerRoleId, canOverride, canInterrupt, overseersTrained);
    }
  }
}
