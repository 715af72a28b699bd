package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * An AI objective (6.2, A.6.1.2, A.9.3).
 */
@RecordBuilder
public record Objective(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("The objective.")
    String title,
    @Evidence(value = {"A.9.3", "A.6.1.2"}, when = "always: an absent kind is read as an AIMS objective, neither for responsible development nor for responsible use, so the A.6.1.2 and A.9.3 checks still look for one (A.9.3/used-system-without-objective)", absentMeans = "AIMS")
    @JsonPropertyDescription("Kind.")
    ObjectiveKind kind,
    @Informational("classification of what the objective addresses; read by annex A.6.1.2/A.9.3 rules, where absence leaves the control unmet (not laxer)")
    @JsonPropertyDescription("Aspects addressed.")
    List<TrustworthinessAspect> aspects,
    @Evidence(value = {"6.2-1"}, when = "open objectives, as thin evidence (observation 6.2/objective-function-not-set)")
    @JsonPropertyDescription("Function or level where it is set.")
    String function,
    @Evidence(value = {"6.2-a"}, when = "every objective not cancelled, with or without a policy (6.2/objective-not-consistent-with-policy)")
    @JsonPropertyDescription("Whether it is consistent with the AI policy.")
    Boolean consistentWithPolicy,
    @Evidence(value = {"6.2-b"}, when = "observation only, \"where practicable\" (6.2/objective-not-measurable)")
    @JsonPropertyDescription("How achievement is measured.")
    String measure,
    @Evidence(value = {"6.2-b"}, when = "observation only (6.2/objective-not-measurable)")
    @JsonPropertyDescription("Target value.")
    String target,
    @Evidence(value = {"6.2-c"}, when = "at least one objective must take a requirement into account (6.2/objectives-ignore-requirements)", alsoIn = {"/objectives/*/considersRequirementIds", "/interestedParties/*/requirements/*/addressedBy"})
    @RefersTo(PartyRequirement.class) @JsonPropertyDescription("Applicable requirements taken into account.")
    List<String> considersRequirementIds,
    @Evidence(value = {"6.2-p1"}, need = Evidence.Need.APPLICABLE, when = "open objectives (6.2/objective-planning-incomplete)", onlyIf = "status!=ACHIEVED")
    @JsonPropertyDescription("What will be done.")
    String plan,
    @Evidence(value = {"6.2-p2"}, need = Evidence.Need.APPLICABLE, when = "open objectives (6.2/objective-planning-incomplete)", onlyIf = "status!=ACHIEVED")
    @JsonPropertyDescription("Resources needed.")
    String resources,
    @Evidence(value = {"6.2-p3"}, need = Evidence.Need.APPLICABLE, when = "open objectives (6.2/objective-planning-incomplete)", onlyIf = "status!=ACHIEVED")
    @RefersTo(Person.class) @JsonPropertyDescription("Who is responsible.")
    String ownerId,
    @Evidence(value = {"6.2-p4", "6.2-f"}, need = Evidence.Need.APPLICABLE, when = "open objectives (new 6.2/objective-due-date-missing; 6.2/objective-past-due)", onlyIf = "status!=ACHIEVED")
    @JsonPropertyDescription("When it will be completed.")
    LocalDate dueDate,
    @Evidence(value = {"6.2-p5"}, need = Evidence.Need.APPLICABLE, when = "open objectives (6.2/objective-planning-incomplete)", alsoIn = {"/monitoring/*/method"}, onlyIf = "status!=ACHIEVED")
    @JsonPropertyDescription("How results will be evaluated.")
    String evaluationMethod,
    @Evidence(value = {"6.2-d"}, when = "open objectives (6.2/objective-not-monitored)", alsoIn = {"/monitoring/*/objectiveIds"})
    @JsonPropertyDescription("When progress was last monitored.")
    LocalDate lastMonitoredOn,
    @Evidence(value = {"6.2-e"}, when = "every objective not cancelled (6.2/objective-not-communicated)")
    @JsonPropertyDescription("When it was communicated.")
    LocalDate communicatedOn,
    @Informational("descriptive; 6.2 f) is checked through the due date (objective-past-due, objective-due-date-missing)")
    @JsonPropertyDescription("When it was last updated.")
    LocalDate lastUpdatedOn,
    @Informational("absent counts as open (every check applies)")
    @JsonPropertyDescription("Status.")
    ObjectiveStatus status,
    @Informational("link to systems; no clause-6 requirement asks objectives per system")
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems it concerns.")
    List<String> aiSystemIds,
    @Evidence(value = {"A.6.1.2"}, when = "objectives for responsible development (A.6.1.2/objective-not-integrated-into-life-cycle): absent is read as not integrated", absentMeans = "false")
    @JsonPropertyDescription("Whether measures for it are built into the development life cycle (A.6.1.2).")
    Boolean integratedIntoLifecycle,
    @Evidence(value = {"6.2-g"}, when = "every objective not cancelled (6.2/objective-not-documented)", alsoIn = {"/documents[type=AI_OBJECTIVES]"})
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of the objectives register.")
    String documentId) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public Objective {
    aspects = ModelLists.copy(aspects, "aspects");
    considersRequirementIds = ModelLists.copy(considersRequirementIds, "considersRequirementIds");
    aiSystemIds = ModelLists.copy(aiSystemIds, "aiSystemIds");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ObjectiveBuilder builder() {
    return ObjectiveBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ObjectiveBuilder toBuilder() {
    return ObjectiveBuilder.builder(this);
  }
}
