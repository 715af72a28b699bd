package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * A change to the AIMS or to an AI system (6.3, 8.1).
 */
@RecordBuilder
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
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ChangeBuilder builder() {
    return ChangeBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ChangeBuilder toBuilder() {
    return ChangeBuilder.builder(this);
  }
}
