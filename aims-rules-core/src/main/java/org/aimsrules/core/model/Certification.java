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
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (status)")
    @JsonPropertyDescription("Status.")
    CertificationStatus status,
    @Informational("no rule reads it; it helps people read the model (certification body)")
    @JsonPropertyDescription("Certification body.")
    String certificationBody,
    @Informational("no rule reads it; it helps people read the model (date of the certification decision)")
    @JsonPropertyDescription("Date of the certification decision.")
    LocalDate certifiedOn,
    @Informational("no rule reads it; it helps people read the model (certificate expiry)")
    @JsonPropertyDescription("Certificate expiry.")
    LocalDate expiresOn,
    @Informational("no rule reads it; it helps people read the model (last surveillance audit)")
    @JsonPropertyDescription("Last surveillance audit.")
    LocalDate lastSurveillanceAuditOn,
    @Informational("no rule reads it; it helps people read the model (next audit due)")
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
