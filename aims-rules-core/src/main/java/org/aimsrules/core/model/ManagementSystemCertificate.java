package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * A certificate the organization holds for another management-system standard (fact model 1.1).
 *
 * @param standard The standard certified against.
 * @param certifiedOn Date of the certification decision.
 * @param expiresOn When the certificate expires.
 * @param certificationBody Certification body that issued it.
 */
public record ManagementSystemCertificate(
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (the standard certified against)")
    @Required @JsonPropertyDescription("The standard certified against.")
    ManagementSystemStandard standard,
    @Informational("no rule reads it; it helps people read the model (date of the certification decision)")
    @JsonPropertyDescription("Date of the certification decision.")
    LocalDate certifiedOn,
    @Informational("no rule reads it; it helps people read the model (when the certificate expires)")
    @JsonPropertyDescription("When the certificate expires.")
    LocalDate expiresOn,
    @Informational("no rule reads it; it helps people read the model (certification body that issued it)")
    @JsonPropertyDescription("Certification body that issued it.")
    String certificationBody) {

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
    b.standard = standard;
    b.certifiedOn = certifiedOn;
    b.expiresOn = expiresOn;
    b.certificationBody = certificationBody;
    return b;
  }

  /** Builder for {@link ManagementSystemCertificate}. */
  public static final class Builder {
    private ManagementSystemStandard standard;
    private LocalDate certifiedOn;
    private LocalDate expiresOn;
    private String certificationBody;

    private Builder() {}

    /**
     * Sets {@code standard}.
     *
     * @param value the standard certified against.
     * @return this builder
     */
    public Builder standard(ManagementSystemStandard value) {
      this.standard = value;
      return this;
    }

    /**
     * Sets {@code certifiedOn}.
     *
     * @param value date of the certification decision.
     * @return this builder
     */
    public Builder certifiedOn(LocalDate value) {
      this.certifiedOn = value;
      return this;
    }

    /**
     * Sets {@code expiresOn}.
     *
     * @param value when the certificate expires.
     * @return this builder
     */
    public Builder expiresOn(LocalDate value) {
      this.expiresOn = value;
      return this;
    }

    /**
     * Sets {@code certificationBody}.
     *
     * @param value certification body that issued it.
     * @return this builder
     */
    public Builder certificationBody(String value) {
      this.certificationBody = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ManagementSystemCertificate build() {
      return new ManagementSystemCertificate(standard, certifiedOn, expiresOn, certificationBody);
    }
  }
}
