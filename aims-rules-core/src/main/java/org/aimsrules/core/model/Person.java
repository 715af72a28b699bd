package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A person named in the model (top management, owners, auditors, assignees).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param name Name or pseudonym.
 * @param jobTitle Job title.
 * @param department Department or unit.
 * @param topManagement Whether the person belongs to top management.
 * @param external Whether the person is from outside the organization, e.g. a contracted auditor (fact model 1.1).
 */
public record Person(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("Required by the reader; messages")
    @Required @JsonPropertyDescription("Name or pseudonym.")
    String name,
    @Informational("Descriptive")
    @JsonPropertyDescription("Job title.")
    String jobTitle,
    @Informational("Descriptive")
    @JsonPropertyDescription("Department or unit.")
    String department,
    @Evidence(value = {"5.1", "9.3.1"}, need = Evidence.Need.APPLICABLE, when = "Needed for the people who must show top-management involvement (5.1 leadership, 9.3.1 review attendance or minutes approval); an absent flag is read as not top management, so it never lets anyone approve, assign or review for top management", absentMeans = "false")
    @JsonPropertyDescription("Whether the person belongs to top management.")
    Boolean topManagement,
    @Informational("Only relaxes 9.2.2/auditor-audits-own-process (external auditors are objective); absent is the strict case")
    @JsonPropertyDescription("Whether the person is from outside the organization, e.g. a contracted auditor (fact model 1.1).")
    Boolean external) implements Entity {

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
    b.jobTitle = jobTitle;
    b.department = department;
    b.topManagement = topManagement;
    b.external = external;
    return b;
  }

  /** Builder for {@link Person}. */
  public static final class Builder {
    private String id;
    private String name;
    private String jobTitle;
    private String department;
    private Boolean topManagement;
    private Boolean external;

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
     * @param value name or pseudonym.
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code jobTitle}.
     *
     * @param value job title.
     * @return this builder
     */
    public Builder jobTitle(String value) {
      this.jobTitle = value;
      return this;
    }

    /**
     * Sets {@code department}.
     *
     * @param value department or unit.
     * @return this builder
     */
    public Builder department(String value) {
      this.department = value;
      return this;
    }

    /**
     * Sets {@code topManagement}.
     *
     * @param value whether the person belongs to top management.
     * @return this builder
     */
    public Builder topManagement(Boolean value) {
      this.topManagement = value;
      return this;
    }

    /**
     * Sets {@code external}.
     *
     * @param value whether the person is from outside the organization, e.g. a contracted auditor (fact model 1.1).
     * @return this builder
     */
    public Builder external(Boolean value) {
      this.external = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Person build() {
      return new Person(id, name, jobTitle, department, topManagement, external);
    }
  }
}
