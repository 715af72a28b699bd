package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * Competence needed for a role (7.2).
 */
@RecordBuilder
public record CompetenceRequirement(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Required @RefersTo(Role.class) @JsonPropertyDescription("Role.")
    String roleId,
    @Evidence(value = {"7.2"}, when = "7.2-a: the competence determined (7.2/competence-not-determined, role-competence-not-determined)")
    @JsonPropertyDescription("Competences needed.")
    List<String> competences,
    @Informational("Only used to ignore requirements determined after the evaluation date; absent counts as determined (the requirement exists)")
    @JsonPropertyDescription("When they were determined.")
    LocalDate determinedOn) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public CompetenceRequirement {
    competences = ModelLists.copy(competences, "competences");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static CompetenceRequirementBuilder builder() {
    return CompetenceRequirementBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public CompetenceRequirementBuilder toBuilder() {
    return CompetenceRequirementBuilder.builder(this);
  }
}
