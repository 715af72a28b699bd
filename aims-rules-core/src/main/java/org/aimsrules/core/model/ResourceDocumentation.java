package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * Documentation of the resources of an AI system (A.4.2, A.4.4-A.4.6).
 *
 * @param inventoryDocumentId Id of the resource inventory (A.4.2).
 * @param toolingDocumentId Id of the tooling resources (A.4.4).
 * @param computingDocumentId Id of the system and computing resources (A.4.5).
 * @param humanResourcesDocumentId Id of the human resources and competences (A.4.6).
 */
public record ResourceDocumentation(
    @Evidence(value = {"A.4.2"}, need = Evidence.Need.APPLICABLE, when = "The system is past inception and has a resourceDocumentation section.", alsoIn = {"/resources/*/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the resource inventory (A.4.2).")
    String inventoryDocumentId,
    @Evidence(value = {"A.4.4"}, need = Evidence.Need.APPLICABLE, when = "Resources of the system are recorded and A.4.4 is in force.", alsoIn = {"/resources/*/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the tooling resources (A.4.4).")
    String toolingDocumentId,
    @Evidence(value = {"A.4.5"}, need = Evidence.Need.APPLICABLE, when = "Resources of the system are recorded and A.4.5 is in force.", alsoIn = {"/resources/*/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the system and computing resources (A.4.5).")
    String computingDocumentId,
    @Evidence(value = {"A.4.6"}, need = Evidence.Need.APPLICABLE, when = "Resources of the system are recorded and A.4.6 is in force.", alsoIn = {"/resources/*/documentId"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the human resources and competences (A.4.6).")
    String humanResourcesDocumentId) {

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
    b.inventoryDocumentId = inventoryDocumentId;
    b.toolingDocumentId = toolingDocumentId;
    b.computingDocumentId = computingDocumentId;
    b.humanResourcesDocumentId = humanResourcesDocumentId;
    return b;
  }

  /** Builder for {@link ResourceDocumentation}. */
  public static final class Builder {
    private String inventoryDocumentId;
    private String toolingDocumentId;
    private String computingDocumentId;
    private String humanResourcesDocumentId;

    private Builder() {}

    /**
     * Sets {@code inventoryDocumentId}.
     *
     * @param value id of the resource inventory (A.4.2).
     * @return this builder
     */
    public Builder inventoryDocumentId(String value) {
      this.inventoryDocumentId = value;
      return this;
    }

    /**
     * Sets {@code toolingDocumentId}.
     *
     * @param value id of the tooling resources (A.4.4).
     * @return this builder
     */
    public Builder toolingDocumentId(String value) {
      this.toolingDocumentId = value;
      return this;
    }

    /**
     * Sets {@code computingDocumentId}.
     *
     * @param value id of the system and computing resources (A.4.5).
     * @return this builder
     */
    public Builder computingDocumentId(String value) {
      this.computingDocumentId = value;
      return this;
    }

    /**
     * Sets {@code humanResourcesDocumentId}.
     *
     * @param value id of the human resources and competences (A.4.6).
     * @return this builder
     */
    public Builder humanResourcesDocumentId(String value) {
      this.humanResourcesDocumentId = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ResourceDocumentation build() {
      return new ResourceDocumentation(inventoryDocumentId, toolingDocumentId, computingDocumentId, humanResourcesDocumentId);
    }
  }
}
