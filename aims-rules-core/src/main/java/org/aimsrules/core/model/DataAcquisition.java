package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * How a data resource was acquired and selected (A.7.3).
 *
 * @param documentId Id of the acquisition record.
 * @param selectionCriteria Selection criteria.
 * @param rightsCleared Whether rights (consent, licences, copyright) were checked.
 * @param acquiredOn When it was acquired.
 */
public record DataAcquisition(
    @Evidence(value = {"A.7.3"}, need = Evidence.Need.APPLICABLE, when = "A.7.3 applies to the resource.", alsoIn = {"/dataResources/*/acquisition/selectionCriteria"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the acquisition record.")
    String documentId,
    @Evidence(value = {"A.7.3"}, need = Evidence.Need.APPLICABLE, when = "A.7.3 applies to the resource.", alsoIn = {"/dataResources/*/acquisition/documentId"})
    @JsonPropertyDescription("Selection criteria.")
    String selectionCriteria,
    @Evidence(value = {"A.7.3"}, need = Evidence.Need.APPLICABLE, when = "A.7.3 applies and the data is personal, third-party, public or user-provided (observation); unstated reads as not cleared.", absentMeans = "false")
    @JsonPropertyDescription("Whether rights (consent, licences, copyright) were checked.")
    Boolean rightsCleared,
    @Informational("Date; no rule needs it.")
    @JsonPropertyDescription("When it was acquired.")
    LocalDate acquiredOn) {

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
    b.selectionCriteria = selectionCriteria;
    b.rightsCleared = rightsCleared;
    b.acquiredOn = acquiredOn;
    return b;
  }

  /** Builder for {@link DataAcquisition}. */
  public static final class Builder {
    private String documentId;
    private String selectionCriteria;
    private Boolean rightsCleared;
    private LocalDate acquiredOn;

    private Builder() {}

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the acquisition record.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code selectionCriteria}.
     *
     * @param value selection criteria.
     * @return this builder
     */
    public Builder selectionCriteria(String value) {
      this.selectionCriteria = value;
      return this;
    }

    /**
     * Sets {@code rightsCleared}.
     *
     * @param value whether rights (consent, licences, copyright) were checked.
     * @return this builder
     */
    public Builder rightsCleared(Boolean value) {
      this.rightsCleared = value;
      return this;
    }

    /**
     * Sets {@code acquiredOn}.
     *
     * @param value when it was acquired.
     * @return this builder
     */
    public Builder acquiredOn(LocalDate value) {
      this.acquiredOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public DataAcquisition build() {
      return new DataAcquisition(documentId, selectionCriteria, rightsCleared, acquiredOn);
    }
  }
}
