package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * ISO/IEC 42001 certification status.
 *
 * @param status Status.
 * @param certificationBody Certification body.
 * @param certifiedOn Date of the certification decision.
 * @param expiresOn Certificate expiry.
 * @param lastSurveillanceAuditOn Last surveillance audit.
 * @param nextAuditDue Next audit due.
 */
public record Certification(
    @Informational("The organization's ISO/IEC 42001 certification status is report context, not evidence a clause asks for")
    @JsonPropertyDescription("Status.")
    CertificationStatus status,
    @Informational("Report context")
    @JsonPropertyDescription("Certification body.")
    String certificationBody,
    @Informational("Report context")
    @JsonPropertyDescription("Date of the certification decision.")
    LocalDate certifiedOn,
    @Informational("Report context")
    @JsonPropertyDescription("Certificate expiry.")
    LocalDate expiresOn,
    @Informational("Report context")
    @JsonPropertyDescription("Last surveillance audit.")
    LocalDate lastSurveillanceAuditOn,
    @Informational("Report context")
    @JsonPropertyDescription("Next audit due.")
    LocalDate nextAuditDue) implements AimsFact {

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
    b.status = status;
    b.certificationBody = certificationBody;
    b.certifiedOn = certifiedOn;
    b.expiresOn = expiresOn;
    b.lastSurveillanceAuditOn = lastSurveillanceAuditOn;
    b.nextAuditDue = nextAuditDue;
    return b;
  }

  /** Builder for {@link Certification}. */
  public static final class Builder {
    private CertificationStatus status;
    private String certificationBody;
    private LocalDate certifiedOn;
    private LocalDate expiresOn;
    private LocalDate lastSurveillanceAuditOn;
    private LocalDate nextAuditDue;

    private Builder() {}

    /**
     * Sets {@code status}.
     *
     * @param value status.
     * @return this builder
     */
    public Builder status(CertificationStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code certificationBody}.
     *
     * @param value certification body.
     * @return this builder
     */
    public Builder certificationBody(String value) {
      this.certificationBody = value;
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
     * @param value certificate expiry.
     * @return this builder
     */
    public Builder expiresOn(LocalDate value) {
      this.expiresOn = value;
      return this;
    }

    /**
     * Sets {@code lastSurveillanceAuditOn}.
     *
     * @param value last surveillance audit.
     * @return this builder
     */
    public Builder lastSurveillanceAuditOn(LocalDate value) {
      this.lastSurveillanceAuditOn = value;
      return this;
    }

    /**
     * Sets {@code nextAuditDue}.
     *
     * @param value next audit due.
     * @return this builder
     */
    public Builder nextAuditDue(LocalDate value) {
      this.nextAuditDue = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Certification build() {
      return new Certification(status, certificationBody, certifiedOn, expiresOn, lastSurveillanceAuditOn, nextAuditDue);
    }
  }
}
