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
    @Informational("Required by the reader; other management systems only widen evidence of integration (5.1/A.2 owners)")
    @Required @JsonPropertyDescription("The standard certified against.")
    ManagementSystemStandard standard,
    @Informational("Descriptive; integration with other management systems is guidance")
    @JsonPropertyDescription("Date of the certification decision.")
    LocalDate certifiedOn,
    @Informational("Descriptive; used only to accept a certificate as current (widens evidence)")
    @JsonPropertyDescription("When the certificate expires.")
    LocalDate expiresOn,
    @Informational("Descriptive")
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
