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
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("Name of the role.")
    String name,
    @Evidence(value = {"5.3-1", "5.3-a", "5.3-b", "A.3.2"}, when = "always: a role nobody holds has its responsibilities assigned to no one (5.3/role-not-held); for the roles carrying 5.3 a) or b) also 5.3/*-responsibility-not-assigned, and for AI roles A.3.2/ai-role-not-allocated")
    @RefersTo(Person.class) @JsonPropertyDescription("People holding the role.")
    List<String> assigneeIds,
    @Evidence(value = {"5.3-1", "5.3-a", "5.3-b"}, when = "always: what the role is responsible for (5.3/role-responsibilities-not-stated; 5.3 a/b coverage)", alsoIn = {"/roles/*/responsibilities", "/roles/*/documentId"})
    @JsonPropertyDescription("Areas of responsibility.")
    List<ResponsibilityArea> areas,
    @Evidence(value = {"5.3-1"}, when = "always (5.3/role-responsibilities-not-stated)", alsoIn = {"/roles/*/areas", "/roles/*/documentId"})
    @JsonPropertyDescription("Responsibilities in the organization's words.")
    List<String> responsibilities,
    @Evidence(value = {"5.3-1", "5.3-a", "5.3-b"}, when = "always (5.3/role-without-authority; 5.3/conformance-role-without-authority and performance-reporting-role-without-authority for the a/b roles and for roles stating no responsibility)", alsoIn = {"/roles/*/documentId"})
    @JsonPropertyDescription("Authorities granted.")
    List<String> authorities,
    @Evidence(value = {"5.3-1"}, when = "always: assigned by top management (5.3/role-not-assigned-by-top-management)", alsoIn = {"/documents/*/approvedBy"})
    @RefersTo(Person.class) @JsonPropertyDescription("Member of top management who assigned it.")
    String assignedBy,
    @Informational("only used to ignore assignments dated after the evaluation date and to order communication; undated counts as assigned")
    @JsonPropertyDescription("When it was assigned.")
    LocalDate assignedOn,
    @Evidence(value = {"5.3-1"}, when = "always (5.3/role-not-communicated)")
    @JsonPropertyDescription("When it was communicated.")
    LocalDate communicatedOn,
    @Evidence(value = {"5.3-1"}, need = Evidence.Need.APPLICABLE, when = "as the alternative evidence of responsibilities, authorities and assignment", alsoIn = {"/roles/*/assignedBy", "/roles/*/authorities"})
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
