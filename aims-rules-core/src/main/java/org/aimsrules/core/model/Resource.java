package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * A resource needed for the AIMS or for AI systems (7.1, A.4.2).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param name Name.
 * @param kind Kind.
 * @param description Description.
 * @param aiSystemIds AI systems it serves.
 * @param forAims Whether it serves the management system itself.
 * @param provided Whether it has been provided (not only identified).
 * @param approvedBy Who approved it.
 * @param documentId Id of its documentation.
 */
public record Resource(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("Required by the reader; messages")
    @Required @JsonPropertyDescription("Name.")
    String name,
    @Informational("Descriptive")
    @JsonPropertyDescription("Kind.")
    ResourceKind kind,
    @Informational("Descriptive")
    @JsonPropertyDescription("Description.")
    String description,
    @Informational("Resources of AI systems are an A.4 matter (annex-a4 owns them); 7.1 concerns resources for the AIMS")
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems it serves.")
    List<String> aiSystemIds,
    @Evidence(value = {"7.1"}, when = "7.1-1: at least one resource for the AIMS (7.1/no-aims-resources); silent when another resource for the AIMS remains", alsoIn = {"/resources/*/forAims"})
    @JsonPropertyDescription("Whether it serves the management system itself.")
    Boolean forAims,
    @Evidence(value = {"7.1"}, need = Evidence.Need.APPLICABLE, when = "7.1-1: resources for the AIMS must be provided, not only identified (7.1/aims-resource-not-provided)", onlyIf = "forAims=true")
    @JsonPropertyDescription("Whether it has been provided (not only identified).")
    Boolean provided,
    @Informational("7.1 does not ask who approved a resource")
    @RefersTo(Person.class) @JsonPropertyDescription("Who approved it.")
    String approvedBy,
    @Informational("7.1 does not require documenting resources")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of its documentation.")
    String documentId) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public Resource {
    aiSystemIds = ModelLists.copy(aiSystemIds, "aiSystemIds");
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
    b.id = id;
    b.name = name;
    b.kind = kind;
    b.description = description;
    b.aiSystemIds = aiSystemIds;
    b.forAims = forAims;
    b.provided = provided;
    b.approvedBy = approvedBy;
    b.documentId = documentId;
    return b;
  }

  /** Builder for {@link Resource}. */
  public static final class Builder {
    private String id;
    private String name;
    private ResourceKind kind;
    private String description;
    private List<String> aiSystemIds;
    private Boolean forAims;
    private Boolean provided;
    private String approvedBy;
    private String documentId;

    private Builder() {}

    /**
     * Sets {@code id}.
     *
     * @param value stable identifier, unique across the whole document; other entities refer to it.
     * @return this builder
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets {@code name}.
     *
     * @param value name.
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code kind}.
     *
     * @param value kind.
     * @return this builder
     */
    public Builder kind(ResourceKind value) {
      this.kind = value;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param value description.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code aiSystemIds}.
     *
     * @param value aI systems it serves.
     * @return this builder
     */
    public Builder aiSystemIds(List<String> value) {
      this.aiSystemIds = value;
      return this;
    }

    /**
     * Sets {@code forAims}.
     *
     * @param value whether it serves the management system itself.
     * @return this builder
     */
    public Builder forAims(Boolean value) {
      this.forAims = value;
      return this;
    }

    /**
     * Sets {@code provided}.
     *
     * @param value whether it has been provided (not only identified).
     * @return this builder
     */
    public Builder provided(Boolean value) {
      this.provided = value;
      return this;
    }

    /**
     * Sets {@code approvedBy}.
     *
     * @param value who approved it.
     * @return this builder
     */
    public Builder approvedBy(String value) {
      this.approvedBy = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of its documentation.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Resource build() {
      return new Resource(id, name, kind, description, aiSystemIds, forAims, provided, approvedBy, documentId);
    }
  }
}
