package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * An obligation to report information about AI systems to interested parties (A.8.5).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param description The obligation.
 * @param recipient Recipient.
 * @param recipientKind Kind of recipient.
 * @param legalBasis Legal or contractual basis.
 * @param aiSystemIds AI systems concerned.
 * @param documentId Id of the documented obligation.
 * @param dueDate Next due date.
 * @param lastFulfilledOn When it was last fulfilled.
 */
public record ReportingObligation(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (the obligation)")
    @Required @JsonPropertyDescription("The obligation.")
    String description,
    @Informational("Descriptive.")
    @JsonPropertyDescription("Recipient.")
    String recipient,
    @Informational("Descriptive.")
    @JsonPropertyDescription("Kind of recipient.")
    RecipientKind recipientKind,
    @Informational("Descriptive.")
    @JsonPropertyDescription("Legal or contractual basis.")
    String legalBasis,
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems concerned.")
    List<String> aiSystemIds,
    @Evidence(value = {"A.8.5"}, need = Evidence.Need.APPLICABLE, when = "The obligation is in scope.")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the documented obligation.")
    String documentId,
    @Informational("Schedule; without it the overdue check cannot run, but no control asks for a due date.")
    @JsonPropertyDescription("Next due date.")
    LocalDate dueDate,
    @Informational("Only compared with the due date.")
    @JsonPropertyDescription("When it was last fulfilled.")
    LocalDate lastFulfilledOn) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public ReportingObligation {
    aiSystemIds = ModelLists.copy(aiSystemIds, "aiSystemIds");
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
    b.id = id;
    b.description = description;
    b.recipient = recipient;
    b.recipientKind = recipientKind;
    b.legalBasis = legalBasis;
    b.aiSystemIds = aiSystemIds;
    b.documentId = documentId;
    b.dueDate = dueDate;
    b.lastFulfilledOn = lastFulfilledOn;
    return b;
  }

  /** Builder for {@link ReportingObligation}. */
  public static final class Builder {
    private String id;
    private String description;
    private String recipient;
    private RecipientKind recipientKind;
    private String legalBasis;
    private List<String> aiSystemIds;
    private String documentId;
    private LocalDate dueDate;
    private LocalDate lastFulfilledOn;

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
     * Sets {@code description}.
     *
     * @param value the obligation.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code recipient}.
     *
     * @param value recipient.
     * @return this builder
     */
    public Builder recipient(String value) {
      this.recipient = value;
      return this;
    }

    /**
     * Sets {@code recipientKind}.
     *
     * @param value kind of recipient.
     * @return this builder
     */
    public Builder recipientKind(RecipientKind value) {
      this.recipientKind = value;
      return this;
    }

    /**
     * Sets {@code legalBasis}.
     *
     * @param value legal or contractual basis.
     * @return this builder
     */
    public Builder legalBasis(String value) {
      this.legalBasis = value;
      return this;
    }

    /**
     * Sets {@code aiSystemIds}.
     *
     * @param value aI systems concerned.
     * @return this builder
     */
    public Builder aiSystemIds(List<String> value) {
      this.aiSystemIds = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the documented obligation.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Sets {@code dueDate}.
     *
     * @param value next due date.
     * @return this builder
     */
    public Builder dueDate(LocalDate value) {
      this.dueDate = value;
      return this;
    }

    /**
     * Sets {@code lastFulfilledOn}.
     *
     * @param value when it was last fulfilled.
     * @return this builder
     */
    public Builder lastFulfilledOn(LocalDate value) {
      this.lastFulfilledOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ReportingObligation build() {
      return new ReportingObligation(id, description, recipient, recipientKind, legalBasis, aiSystemIds, documentId, dueDate, lastFulfilledOn);
    }
  }
}
