package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * ISO/IEC 42001 certification status.
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static CertificationBuilder builder() {
    return CertificationBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public CertificationBuilder toBuilder() {
    return CertificationBuilder.builder(this);
  }
}
