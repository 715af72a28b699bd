package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * An AIMS role with its responsibilities and authorities (5.3, A.3.2).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param name Name of the role.
 * @param assigneeIds People holding the role.
 * @param areas Areas of responsibility.
 * @param responsibilities Responsibilities in the organization's words.
 * @param authorities Authorities granted.
 * @param assignedBy Member of top management who assigned it.
 * @param assignedOn When it was assigned.
 * @param communicatedOn When it was communicated.
 * @param documentId Id of the role description.
 */
public record Role(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Identity("a name by which people recognise the record")
    @Required @JsonPropertyDescription("Name of the role.")
    String name,
    @Evidence(value = {"A.3.2", "5.3", "5.1"}, need = Evidence.Need.APPLICABLE, when = "where A.3.2 applies: people holding the role")
    @RefersTo(Person.class) @JsonPropertyDescription("People holding the role.")
    List<String> assigneeIds,
    @Evidence(value = {"A.3.2", "5.3"}, need = Evidence.Need.APPLICABLE, when = "where A.3.2 applies: areas of responsibility")
    @JsonPropertyDescription("Areas of responsibility.")
    List<ResponsibilityArea> areas,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (responsibilities in the organization's words)")
    @JsonPropertyDescription("Responsibilities in the organization's words.")
    List<String> responsibilities,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (authorities granted)")
    @JsonPropertyDescription("Authorities granted.")
    List<String> authorities,
    @Evidence(value = {"5.3", "5.1"}, need = Evidence.Need.APPLICABLE, when = "where 5.3 applies: member of top management who assigned it")
    @RefersTo(Person.class) @JsonPropertyDescription("Member of top management who assigned it.")
    String assignedBy,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (when it was assigned)")
    @JsonPropertyDescription("When it was assigned.")
    LocalDate assignedOn,
    @Evidence(value = {"5.3"}, when = "whenever the record is present: when it was communicated")
    @JsonPropertyDescription("When it was communicated.")
    LocalDate communicatedOn,
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the role description.")
    String documentId) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public Role {
    assigneeIds = ModelLists.copy(assigneeIds, "assigneeIds");
    areas = ModelLists.copy(areas, "areas");
    responsibilities = ModelLists.copy(responsibilities, "responsibilities");
    authorities = ModelLists.copy(authorities, "authorities");
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
    b.assigneeIds = assigneeIds;
    b.areas = areas;
    b.responsibilities = responsibilities;
    b.authorities = authorities;
    b.assignedBy = assignedBy;
    b.assignedOn = assignedOn;
    b.communicatedOn = communicatedOn;
    b.documentId = documentId;
    return b;
  }

  /** Builder for {@link Role}. */
  public static final class Builder {
    private String id;
    private String name;
    private List<String> assigneeIds;
    private List<ResponsibilityArea> areas;
    private List<String> responsibilities;
    private List<String> authorities;
    private String assignedBy;
    private LocalDate assignedOn;
    private LocalDate communicatedOn;
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
     * @param value name of the role.
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code assigneeIds}.
     *
     * @param value people holding the role.
     * @return this builder
     */
    public Builder assigneeIds(List<String> value) {
      this.assigneeIds = value;
      return this;
    }

    /**
     * Sets {@code areas}.
     *
     * @param value areas of responsibility.
     * @return this builder
     */
    public Builder areas(List<ResponsibilityArea> value) {
      this.areas = value;
      return this;
    }

    /**
     * Sets {@code responsibilities}.
     *
     * @param value responsibilities in the organization's words.
     * @return this builder
     */
    public Builder responsibilities(List<String> value) {
      this.responsibilities = value;
      return this;
    }

    /**
     * Sets {@code authorities}.
     *
     * @param value authorities granted.
     * @return this builder
     */
    public Builder authorities(List<String> value) {
      this.authorities = value;
      return this;
    }

    /**
     * Sets {@code assignedBy}.
     *
     * @param value member of top management who assigned it.
     * @return this builder
     */
    public Builder assignedBy(String value) {
      this.assignedBy = value;
      return this;
    }

    /**
     * Sets {@code assignedOn}.
     *
     * @param value when it was assigned.
     * @return this builder
     */
    public Builder assignedOn(LocalDate value) {
      this.assignedOn = value;
      return this;
    }

    /**
     * Sets {@code communicatedOn}.
     *
     * @param value when it was communicated.
     * @return this builder
     */
    public Builder communicatedOn(LocalDate value) {
      this.communicatedOn = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the role description.
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
    public Role build() {
      return new Role(id, name, assigneeIds, areas, responsibilities, authorities, assignedBy, assignedOn, communicatedOn, documentId);
    }
  }
}
