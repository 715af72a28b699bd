package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * A change to the AIMS or to an AI system (6.3, 8.1).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param description The change.
 * @param kind Kind.
 * @param aiSystemIds AI systems concerned.
 * @param planned Whether the change was planned (false: an unintended change).
 * @param significant Whether it is significant (triggers re-assessment).
 * @param consequencesConsidered Whether its purpose and potential consequences were considered.
 * @param approvedBy Who approved it.
 * @param plannedOn When it was planned.
 * @param implementedOn When it took effect.
 * @param reviewedOn When an unintended change was reviewed.
 * @param adverseEffectsMitigated Whether adverse effects were mitigated.
 * @param status Status.
 */
public record Change(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("The change.")
    String description,
    @Informational("selects which rule reads the change (AIMS: 6.3, AI_SYSTEM: clause 8); DOUBT: an absent kind is checked by neither 6.3 nor as an AIMS change (not fixed here)")
    @JsonPropertyDescription("Kind.")
    ChangeKind kind,
    @Evidence(value = {"8.2-1"}, need = Evidence.Need.APPLICABLE, when = "AI system changes: which systems a significant change concerns (8.2/risk-assessment-before-significant-change; without it 8.2/significant-change-date-not-recorded unless the system records the date)", alsoIn = {"/aiSystems/*/lastSignificantChangeOn"}, onlyIf = "kind=AI_SYSTEM")
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems concerned.")
    List<String> aiSystemIds,
    @Evidence(value = {"6.3-1"}, need = Evidence.Need.APPLICABLE, when = "for implemented AIMS changes (6.3/aims-change-not-planned)", alsoIn = {"/changes/*/plannedOn", "/changes/*/approvedBy"}, onlyIf = "kind=AIMS")
    @JsonPropertyDescription("Whether the change was planned (false: an unintended change).")
    Boolean planned,
    @Evidence(value = {"8.2-1"}, need = Evidence.Need.APPLICABLE, when = "AI system changes: a significant change triggers re-assessment (clause 8 slice)", alsoIn = {"/aiSystems/*/lastSignificantChangeOn"}, onlyIf = "kind=AI_SYSTEM")
    @JsonPropertyDescription("Whether it is significant (triggers re-assessment).")
    Boolean significant,
    @Informational("6.3 gives no criteria for the planning; a flag read by no shall in this slice")
    @JsonPropertyDescription("Whether its purpose and potential consequences were considered.")
    Boolean consequencesConsidered,
    @Evidence(value = {"6.3-1"}, need = Evidence.Need.APPLICABLE, when = "as planned", alsoIn = {"/changes/*/planned", "/changes/*/plannedOn"}, onlyIf = "kind=AIMS")
    @RefersTo(Person.class) @JsonPropertyDescription("Who approved it.")
    String approvedBy,
    @Evidence(value = {"6.3-1"}, need = Evidence.Need.APPLICABLE, when = "as planned", alsoIn = {"/changes/*/planned", "/changes/*/approvedBy"}, onlyIf = "kind=AIMS")
    @JsonPropertyDescription("When it was planned.")
    LocalDate plannedOn,
    @Evidence(value = {"6.3-1", "8.2-1"}, need = Evidence.Need.APPLICABLE, when = "identifies an implemented change (6.3, and significant changes for 8.2/8.4: without a date, the system's own date of last significant change is needed, else 8.2/significant-change-date-not-recorded)", alsoIn = {"/changes/*/status", "/aiSystems/*/lastSignificantChangeOn"})
    @JsonPropertyDescription("When it took effect.")
    LocalDate implementedOn,
    @Evidence(value = {"8.1-6"}, when = "unintended changes: their consequences are reviewed (8.1/unintended-change-not-reviewed)", onlyIf = "planned=false")
    @JsonPropertyDescription("When an unintended change was reviewed.")
    LocalDate reviewedOn,
    @Informational("descriptive; no shall in this slice")
    @JsonPropertyDescription("Whether adverse effects were mitigated.")
    Boolean adverseEffectsMitigated,
    @Informational("absent counts as not rejected; implementedOn also marks implementation")
    @JsonPropertyDescription("Status.")
    ChangeStatus status) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public Change {
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
    b.kind = kind;
    b.aiSystemIds = aiSystemIds;
    b.planned = planned;
    b.significant = significant;
    b.consequencesConsidered = consequencesConsidered;
    b.approvedBy = approvedBy;
    b.plannedOn = plannedOn;
    b.implementedOn = implementedOn;
    b.reviewedOn = reviewedOn;
    b.adverseEffectsMitigated = adverseEffectsMitigated;
    b.status = status;
    return b;
  }

  /** Builder for {@link Change}. */
  public static final class Builder {
    private String id;
    private String description;
    private ChangeKind kind;
    private List<String> aiSystemIds;
    private Boolean planned;
    private Boolean significant;
    private Boolean consequencesConsidered;
    private String approvedBy;
    private LocalDate plannedOn;
    private LocalDate implementedOn;
    private LocalDate reviewedOn;
    private Boolean adverseEffectsMitigated;
    private ChangeStatus status;

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
     * @param value the change.
     * @return this builder
     */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets {@code kind}.
     *
     * @param value kind.
     * @return this builder
     */
    public Builder kind(ChangeKind value) {
      this.kind = value;
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
     * Sets {@code planned}.
     *
     * @param value whether the change was planned (false: an unintended change).
     * @return this builder
     */
    public Builder planned(Boolean value) {
      this.planned = value;
      return this;
    }

    /**
     * Sets {@code significant}.
     *
     * @param value whether it is significant (triggers re-assessment).
     * @return this builder
     */
    public Builder significant(Boolean value) {
      this.significant = value;
      return this;
    }

    /**
     * Sets {@code consequencesConsidered}.
     *
     * @param value whether its purpose and potential consequences were considered.
     * @return this builder
     */
    public Builder consequencesConsidered(Boolean value) {
      this.consequencesConsidered = value;
      return this;
    }

    /**
     * Sets {@code approvedBy}.
     *
     * @param value who approved it.
     * @return this builder
     */
    public Builder approvedBy(String value) {
      this.approvedBy = value;
      return this;
    }

    /**
     * Sets {@code plannedOn}.
     *
     * @param value when it was planned.
     * @return this builder
     */
    public Builder plannedOn(LocalDate value) {
      this.plannedOn = value;
      return this;
    }

    /**
     * Sets {@code implementedOn}.
     *
     * @param value when it took effect.
     * @return this builder
     */
    public Builder implementedOn(LocalDate value) {
      this.implementedOn = value;
      return this;
    }

    /**
     * Sets {@code reviewedOn}.
     *
     * @param value when an unintended change was reviewed.
     * @return this builder
     */
    public Builder reviewedOn(LocalDate value) {
      this.reviewedOn = value;
      return this;
    }

    /**
     * Sets {@code adverseEffectsMitigated}.
     *
     * @param value whether adverse effects were mitigated.
     * @return this builder
     */
    public Builder adverseEffectsMitigated(Boolean value) {
      this.adverseEffectsMitigated = value;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param value status.
     * @return this builder
     */
    public Builder status(ChangeStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Change build() {
      return new Change(id, description, kind, aiSystemIds, planned, significant, consequencesConsidered, approvedBy, plannedOn, implementedOn, reviewedOn, adverseEffectsMitigated, status);
    }
  }
}
