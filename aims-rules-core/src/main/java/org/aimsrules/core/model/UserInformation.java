package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * Information provided to users of an AI system (A.8.2).
 */
@RecordBuilder
public record UserInformation(
    @Evidence(value = {"A.8.2"}, need = Evidence.Need.APPLICABLE, when = "A.8.2 applies and the system is deployed or in use; any recorded item of user information, or documentation for users, also shows information given.", alsoIn = {"/aiSystems/*/technicalDocumentation/*/documentId", "/aiSystems/*/userInformation/aiInteractionDisclosed", "/aiSystems/*/userInformation/intendedUseDescribed", "/aiSystems/*/userInformation/limitationsDescribed", "/aiSystems/*/userInformation/humanOversightDescribed", "/aiSystems/*/userInformation/contactPoint"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the user information.")
    String documentId,
    @Evidence(value = {"A.8.2"}, need = Evidence.Need.APPLICABLE, when = "User information exists (observation when an item is missing); Art. 50 disclosure also read here.", alsoIn = {"/aiSystems/*/euAiAct/transparencyMeasures"})
    @JsonPropertyDescription("Whether users are told they are dealing with AI.")
    Boolean aiInteractionDisclosed,
    @Evidence(value = {"A.8.2"}, need = Evidence.Need.APPLICABLE, when = "User information exists (observation when missing).")
    @JsonPropertyDescription("Whether purpose and intended use are described.")
    Boolean intendedUseDescribed,
    @Evidence(value = {"A.8.2"}, need = Evidence.Need.APPLICABLE, when = "User information exists (observation when missing).")
    @JsonPropertyDescription("Whether accuracy, performance and limitations are described.")
    Boolean limitationsDescribed,
    @Evidence(value = {"A.8.2"}, need = Evidence.Need.APPLICABLE, when = "User information exists (observation when missing).")
    @JsonPropertyDescription("Whether human oversight and override are described.")
    Boolean humanOversightDescribed,
    @Evidence(value = {"A.8.2"}, need = Evidence.Need.APPLICABLE, when = "User information exists (observation when missing).")
    @JsonPropertyDescription("Contact point for users.")
    String contactPoint,
    @Informational("Only compared with significant changes; its absence cannot show the information is current but no control asks for the date itself.")
    @JsonPropertyDescription("When it was last updated.")
    LocalDate updatedOn) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static UserInformationBuilder builder() {
    return UserInformationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public UserInformationBuilder toBuilder() {
    return UserInformationBuilder.builder(this);
  }
}
