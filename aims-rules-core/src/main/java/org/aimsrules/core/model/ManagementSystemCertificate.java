package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;

/**
 * A certificate the organization holds for another management-system standard (fact model 1.1).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ManagementSystemCertificateBuilder builder() {
    return ManagementSystemCertificateBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ManagementSystemCertificateBuilder toBuilder() {
    return ManagementSystemCertificateBuilder.builder(this);
  }
}
