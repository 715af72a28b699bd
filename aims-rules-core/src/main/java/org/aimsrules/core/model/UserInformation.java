package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * Information provided to users of an AI system (A.8.2).
 *
 * @param documentId Id of the user information.
 * @param aiInteractionDisclosed Whether users are told they are dealing with AI.
 * @param intendedUseDescribed Whether purpose and intended use are described.
 * @param limitationsDescribed Whether accuracy, performance and limitations are described.
 * @param humanOversightDescribed Whether human oversight and override are described.
 * @param contactPoint Contact point for users.
 * @param updatedOn When it was last updated.
 */
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
    b.documentId = documentId;
    b.aiInteractionDisclosed = aiInteractionDisclosed;
    b.intendedUseDescribed = intendedUseDescribed;
    b.limitationsDescribed = limitationsDescribed;
    b.humanOversightDescribed = humanOversightDescribed;
    b.contactPoint = contactPoint;
    b.updatedOn = updatedOn;
    return b;
  }

  /** Builder for {@link UserInformation}. */
  public static final class Builder {
    private String documentId;
    private Boolean aiInteractionDisclosed;
    private Boolean intendedUseDescribed;
    private Boolean limitationsDescribed;
    private Boolean humanOversightDescribed;
    private String contactPoint;
    private LocalDate updatedOn;

    private Builder() {}

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the user information.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code aiInteractionDisclosed}.
     *
     * @param value whether users are told they are dealing with AI.
     * @return this builder
     */
    public Builder aiInteractionDisclosed(Boolean value) {
      this.aiInteractionDisclosed = value;
      return this;
    }

    /**
     * Sets {@code intendedUseDescribed}.
     *
     * @param value whether purpose and intended use are described.
     * @return this builder
     */
    public Builder intendedUseDescribed(Boolean value) {
      this.intendedUseDescribed = value;
      return this;
    }

    /**
     * Sets {@code limitationsDescribed}.
     *
     * @param value whether accuracy, performance and limitations are described.
     * @return this builder
     */
    public Builder limitationsDescribed(Boolean value) {
      this.limitationsDescribed = value;
      return this;
    }

    /**
     * Sets {@code humanOversightDescribed}.
     *
     * @param value whether human oversight and override are described.
     * @return this builder
     */
    public Builder humanOversightDescribed(Boolean value) {
      this.humanOversightDescribed = value;
      return this;
    }

    /**
     * Sets {@code contactPoint}.
     *
     * @param value contact point for users.
     * @return this builder
     */
    public Builder contactPoint(String value) {
      this.contactPoint = value;
      return this;
    }

    /**
     * Sets {@code updatedOn}.
     *
     * @param value when it was last updated.
     * @return this builder
     */
    public Builder updatedOn(LocalDate value) {
      this.updatedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public UserInformation build() {
      return new UserInformation(documentId, aiInteractionDisclosed, intendedUseDescribed, limitationsDescribed, humanOversightDescribed, contactPoint, updatedOn);
    }
  }
}
