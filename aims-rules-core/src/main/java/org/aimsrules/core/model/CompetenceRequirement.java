package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * Competence needed for a role (7.2).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param roleId Role.
 * @param competences Competences needed.
 * @param determinedOn When they were determined.
 */
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
    b.roleId = roleId;
    b.competences = competences;
    b.determinedOn = determinedOn;
    return b;
  }

  /** Builder for {@link CompetenceRequirement}. */
  public static final class Builder {
    private String id;
    private String roleId;
    private List<String> competences;
    private LocalDate determinedOn;

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
     * Sets {@code roleId}.
     *
     * @param value role.
     * @return this builder
     */
    public Builder roleId(String value) {
      this.roleId = value;
      return this;
    }

    /**
     * Sets {@code competences}.
     *
     * @param value competences needed.
     * @return this builder
     */
    public Builder competences(List<String> value) {
      this.competences = value;
      return this;
    }

    /**
     * Sets {@code determinedOn}.
     *
     * @param value when they were determined.
     * @return this builder
     */
    public Builder determinedOn(LocalDate value) {
      this.determinedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public CompetenceRequirement build() {
      return new CompetenceRequirement(id, roleId, competences, determinedOn);
    }
  }
}
