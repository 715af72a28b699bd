package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * An AIMS role with its responsibilities and authorities (5.3, A.3.2).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static RoleBuilder builder() {
    return RoleBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public RoleBuilder toBuilder() {
    return RoleBuilder.builder(this);
  }
}
