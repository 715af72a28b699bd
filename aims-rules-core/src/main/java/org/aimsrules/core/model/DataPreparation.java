package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * Data preparation of a data resource (A.7.6).
 *
 * @param documentId Id of the preparation methods and criteria.
 * @param methods Preparation methods used.
 * @param criteriaDocumented Whether the criteria for choosing preparation steps are documented.
 */
public record DataPreparation(
    @Evidence(value = {"A.7.6"}, need = Evidence.Need.APPLICABLE, when = "A.7.6 applies to the resource.", alsoIn = {"/dataResources/*/preparation/methods"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the preparation methods and criteria.")
    String documentId,
    @Evidence(value = {"A.7.6"}, need = Evidence.Need.APPLICABLE, when = "A.7.6 applies to the resource.", alsoIn = {"/dataResources/*/preparation/documentId"})
    @JsonPropertyDescription("Preparation methods used.")
    List<String> methods,
    @Evidence(value = {"A.7.6"}, need = Evidence.Need.APPLICABLE, when = "A.7.6 applies to the resource.", alsoIn = {"/dataResources/*/preparation/documentId"})
    @JsonPropertyDescription("Whether the criteria for choosing preparation steps are documented.")
    Boolean criteriaDocumented) {

  /** Normalizes absent lists to empty, immutable lists. */
  public DataPreparation {
    methods = ModelLists.copy(methods, "methods");
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
    b.documentId = documentId;
    b.methods = methods;
    b.criteriaDocumented = criteriaDocumented;
    return b;
  }

  /** Builder for {@link DataPreparation}. */
  public static final class Builder {
    private String documentId;
    private List<String> methods;
    private Boolean criteriaDocumented;

    private Builder() {}

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the preparation methods and criteria.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code methods}.
     *
     * @param value preparation methods used.
     * @return this builder
     */
    public Builder methods(List<String> value) {
      this.methods = value;
      return this;
    }

    /**
     * Sets {@code criteriaDocumented}.
     *
     * @param value whether the criteria for choosing preparation steps are documented.
     * @return this builder
     */
    public Builder criteriaDocumented(Boolean value) {
      this.criteriaDocumented = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public DataPreparation build() {
      return new DataPreparation(documentId, methods, criteriaDocumented);
    }
  }
}
