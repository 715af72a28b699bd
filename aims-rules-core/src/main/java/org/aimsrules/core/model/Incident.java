package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * An AI incident (A.8.4, EU AI Act Art. 73).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param title Title.
 * @param aiSystemId AI system involved.
 * @param description Description.
 * @param occurredOn When it occurred.
 * @param detectedOn When the organization became aware of it.
 * @param serious Whether it is a serious incident under the EU AI Act.
 * @param seriousKind Kind of serious incident.
 * @param usersInformedOn When users were informed.
 * @param authorityReportedOn When it was reported to the authority.
 * @param nonconformityId Nonconformity raised for it.
 * @param status Status.
 * @param closedOn When it was closed.
 */
public record Incident(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Identity("a name by which people recognise the record")
    @Required @JsonPropertyDescription("Title.")
    String title,
    @Informational("Link; an incident naming no system is now still a known incident (checked for A.8.4 as an incident of the organization).")
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI system involved.")
    String aiSystemId,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (description)")
    @JsonPropertyDescription("Description.")
    String description,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (when it occurred)")
    @JsonPropertyDescription("When it occurred.")
    LocalDate occurredOn,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (when the organization became aware of it)")
    @JsonPropertyDescription("When the organization became aware of it.")
    LocalDate detectedOn,
    @Informational("Selects which A.8.4 rule applies; with seriousness unknown the users-informed rule still fires (serious != true), so absence does not silence A.8.4.")
    @JsonPropertyDescription("Whether it is a serious incident under the EU AI Act.")
    Boolean serious,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (kind of serious incident)")
    @JsonPropertyDescription("Kind of serious incident.")
    SeriousIncidentKind seriousKind,
    @Evidence(value = {"A.8.4"}, need = Evidence.Need.APPLICABLE, when = "The incident is known by the evaluation date.")
    @JsonPropertyDescription("When users were informed.")
    LocalDate usersInformedOn,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (when it was reported to the authority)")
    @JsonPropertyDescription("When it was reported to the authority.")
    LocalDate authorityReportedOn,
    @RefersTo(Nonconformity.class) @JsonPropertyDescription("Nonconformity raised for it.")
    String nonconformityId,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (status)")
    @JsonPropertyDescription("Status.")
    IncidentStatus status,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (when it was closed)")
    @JsonPropertyDescription("When it was closed.")
    LocalDate closedOn) implements Entity {

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
    b.title = title;
    b.aiSystemId = aiSystemId;
    b.description = description;
    b.occurredOn = occurredOn;
    b.detectedOn = detectedOn;
    b.serious = serious;
    b.seriousKind = seriousKind;
    b.usersInformedOn = usersInformedOn;
    b.authorityReportedOn = authorityReportedOn;
    b.nonconformityId = nonconformityId;
    b.status = status;
    b.closedOn = closedOn;
    return b;
  }

  /** Builder for {@link Incident}. */
  public static final class Builder {
    private String id;
    private String title;
    private String aiSystemId;
    private String description;
    private LocalDate occurredOn;
    private LocalDate detectedOn;
    private Boolean serious;
    private SeriousIncidentKind seriousKind;
    private LocalDate usersInformedOn;
    private LocalDate authorityReportedOn;
    private String nonconformityId;
    private IncidentStatus status;
    private LocalDate closedOn;

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
     * Sets {@code title}.
     *
     * @param value title.
     * @return this builder
     */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /**
     * Sets {@code aiSystemId}.
     *
     * @param value aI system involved.
     * @return this builder
     */
    public Builder aiSystemId(String value) {
      this.aiSystemId = value;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param value description.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code occurredOn}.
     *
     * @param value when it occurred.
     * @return this builder
     */
    public Builder occurredOn(LocalDate value) {
      this.occurredOn = value;
      return this;
    }

    /**
     * Sets {@code detectedOn}.
     *
     * @param value when the organization became aware of it.
     * @return this builder
     */
    public Builder detectedOn(LocalDate value) {
      this.detectedOn = value;
      return this;
    }

    /**
     * Sets {@code serious}.
     *
     * @param value whether it is a serious incident under the EU AI Act.
     * @return this builder
     */
    public Builder serious(Boolean value) {
      this.serious = value;
      return this;
    }

    /**
     * Sets {@code seriousKind}.
     *
     * @param value kind of serious incident.
     * @return this builder
     */
    public Builder seriousKind(SeriousIncidentKind value) {
      this.seriousKind = value;
      return this;
    }

    /**
     * Sets {@code usersInformedOn}.
     *
     * @param value when users were informed.
     * @return this builder
     */
    public Builder usersInformedOn(LocalDate value) {
      this.usersInformedOn = value;
      return this;
    }

    /**
     * Sets {@code authorityReportedOn}.
     *
     * @param value when it was reported to the authority.
     * @return this builder
     */
    public Builder authorityReportedOn(LocalDate value) {
      this.authorityReportedOn = value;
      return this;
    }

    /**
     * Sets {@code nonconformityId}.
     *
     * @param value nonconformity raised for it.
     * @return this builder
     */
    public Builder nonconformityId(String value) {
      this.nonconformityId = value;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param value status.
     * @return this builder
     */
    public Builder status(IncidentStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code closedOn}.
     *
     * @param value when it was closed.
     * @return this builder
     */
    public Builder closedOn(LocalDate value) {
      this.closedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Incident build() {
      return new Incident(id, title, aiSystemId, description, occurredOn, detectedOn, serious, seriousKind, usersInformedOn, authorityReportedOn, nonconformityId, status, closedOn);
    }
  }
}
