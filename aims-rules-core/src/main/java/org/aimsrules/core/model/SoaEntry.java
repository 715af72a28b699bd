package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * One control in the Statement of Applicability (6.1.3 f).
 */
@RecordBuilder
public record SoaEntry(
    @Identity("required by the reader")
    @Required @ControlRef @JsonPropertyDescription("Annex A control id, e.g. A.6.2.8.")
    String controlId,
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("Whether the control is included (applied).")
    Boolean included,
    @Evidence(value = {"6.1.3-f"}, when = "for every entry: exclusion (6.1.3/exclusion-unjustified) and now inclusion (6.1.3/inclusion-unjustified, new)")
    @JsonPropertyDescription("Justification for inclusion or exclusion.")
    String justification,
    @Informational("6.1.3 f) as registered asks for the controls and the justifications, not an implementation status; status feeds deferral derivations and 8.1 planning checks (absent is not read as implemented)")
    @JsonPropertyDescription("Implementation status.")
    ImplementationStatus implementationStatus,
    @Informational("qualifies other evidence of its record; no requirement needs it on its own (planned completion when not yet implemented)")
    @JsonPropertyDescription("Planned completion when not yet implemented.")
    LocalDate plannedCompletion,
    @Evidence(value = {"6.1.3"}, when = "entries marked implemented (6.1.3/implemented-without-evidence): a process implementing the control or an implemented, dated treatment using it are the alternatives", alsoIn = {"/processes/*/controlIds", "/riskTreatments/*/implementedOn"}, onlyIf = "implementationStatus=IMPLEMENTED")
    @RefersTo(Object.class) @JsonPropertyDescription("Ids of evidence: documents, processes, records.")
    List<String> evidence,
    @Evidence(value = {"8.1-4", "6.1.1-6"}, when = "implemented controls: their effectiveness is monitored (8.1/control-effectiveness-not-reviewed); a monitoring activity analysing the control, or all controls, also evidences it; also one way to evidence the planned effectiveness evaluation of a treatment using the control (6.1.1/effectiveness-evaluation-not-planned)", alsoIn = {"/monitoring/*/controlIds", "/monitoring[kind=CONTROL_EFFECTIVENESS]", "/riskTreatments/*/effectivenessVerifiedOn"}, onlyIf = "implementationStatus=IMPLEMENTED")
    @JsonPropertyDescription("When its effectiveness was last reviewed (8.1).")
    LocalDate effectivenessReviewedOn,
    @Informational("result of an effectiveness review; descriptive")
    @JsonPropertyDescription("Whether it was found effective.")
    Boolean effective) implements AimsFact {

  /** Normalizes absent lists to empty, immutable lists. */
  public SoaEntry {
    evidence = ModelLists.copy(evidence, "evidence");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static SoaEntryBuilder builder() {
    return SoaEntryBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public SoaEntryBuilder toBuilder() {
    return SoaEntryBuilder.builder(this);
  }
}
