package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * Technical documentation for one audience (A.6.2.7).
 *
 * @param audience Who it is for.
 * @param documentId Id of the documentation.
 * @param providedOn When it was last provided or updated.
 */
public record TechnicalDocumentation(
    @Identity("Qualifies the documentation entry; the entry counts only with its audience.")
    @Required @JsonPropertyDescription("Who it is for.")
    DocumentationAudience audience,
    @Evidence(value = {"A.6.2.7"}, need = Evidence.Need.APPLICABLE, when = "The entry is documentation A.6.2.7 asks for the system: for users/deployers of a system provided to others, for authorities of a high-risk system it develops, or any audience for a system it develops for its own use (A.6.2.7/no-technical-documentation).", alsoIn = {"/aiSystems/*/technicalDocumentation/*/documentId", "/aiSystems/*/userInformation/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the documentation.")
    String documentId,
    @Informational("Date of handover; no rule needs it.")
    @JsonPropertyDescription("When it was last provided or updated.")
    LocalDate providedOn) {

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
    b.audience = audience;
    b.documentId = documentId;
    b.providedOn = providedOn;
    return b;
  }

  /** Builder for {@link TechnicalDocumentation}. */
  public static final class Builder {
    private DocumentationAudience audience;
    private String documentId;
    private LocalDate providedOn;

    private Builder() {}

    /**
     * Sets {@code audience}.
     *
     * @param value who it is for.
     * @return this builder
     */
    public Builder audience(DocumentationAudience value) {
      this.audience = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the documentation.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code providedOn}.
     *
     * @param value when it was last provided or updated.
     * @return this builder
     */
    public Builder providedOn(LocalDate value) {
      this.providedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public TechnicalDocumentation build() {
      return new TechnicalDocumentation(audience, documentId, providedOn);
    }
  }
}
