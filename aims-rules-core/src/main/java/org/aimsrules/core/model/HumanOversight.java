package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Human oversight arrangements for an AI system.
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static HumanOversightBuilder builder() {
    return HumanOversightBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public HumanOversightBuilder toBuilder() {
    return HumanOversightBuilder.builder(this);
  }
}
