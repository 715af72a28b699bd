package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * Provenance records of a data resource (A.7.5).
 *
 * @param recorded Whether provenance is recorded.
 * @param documentId Id of the provenance record.
 * @param lastVerifiedOn When provenance records were last verified.
 */
public record DataProvenance(
    @Evidence(value = {"A.7.5"}, need = Evidence.Need.APPLICABLE, when = "A.7.5 applies to the resource.", alsoIn = {"/dataResources/*/provenance/documentId"})
    @JsonPropertyDescription("Whether provenance is recorded.")
    Boolean recorded,
    @Evidence(value = {"A.7.5"}, need = Evidence.Need.APPLICABLE, when = "A.7.5 applies to the resource.", alsoIn = {"/dataResources/*/provenance/recorded"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the provenance record.")
    String documentId,
    @Evidence(value = {"A.7.5"}, need = Evidence.Need.APPLICABLE, when = "Provenance is recorded (observation).")
    @JsonPropertyDescription("When provenance records were last verified.")
    LocalDate lastVerifiedOn) {

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
    b.recorded = recorded;
    b.documentId = documentId;
    b.lastVerifiedOn = lastVerifiedOn;
    return b;
  }

  /** Builder for {@link DataProvenance}. */
  public static final class Builder {
    private Boolean recorded;
    private String documentId;
    private LocalDate lastVerifiedOn;

    private Builder() {}

    /**
     * Sets {@code recorded}.
     *
     * @param value whether provenance is recorded.
     * @return this builder
     */
    public Builder recorded(Boolean value) {
      this.recorded = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the provenance record.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code lastVerifiedOn}.
     *
     * @param value when provenance records were last verified.
     * @return this builder
     */
    public Builder lastVerifiedOn(LocalDate value) {
      this.lastVerifiedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public DataProvenance build() {
      return new DataProvenance(recorded, documentId, lastVerifiedOn);
    }
  }
}
