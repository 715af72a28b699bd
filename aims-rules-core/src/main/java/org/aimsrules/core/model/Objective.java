package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * An AI objective (6.2, A.6.1.2, A.9.3).
 *
 * @param id Stable identifier, unique across the whole document; other entities refer to it.
 * @param title The objective.
 * @param kind Kind.
 * @param aspects Aspects addressed.
 * @param function Function or level where it is set.
 * @param consistentWithPolicy Whether it is consistent with the AI policy.
 * @param measure How achievement is measured.
 * @param target Target value.
 * @param considersRequirementIds Applicable requirements taken into account.
 * @param plan What will be done.
 * @param resources Resources needed.
 * @param ownerId Who is responsible.
 * @param dueDate When it will be completed.
 * @param evaluationMethod How results will be evaluated.
 * @param lastMonitoredOn When progress was last monitored.
 * @param communicatedOn When it was communicated.
 * @param lastUpdatedOn When it was last updated.
 * @param status Status.
 * @param aiSystemIds AI systems it concerns.
 * @param integratedIntoLifecycle Whether measures for it are built into the development life cycle
 * (A.6.1.2).
 * @param documentId Id of the objectives register.
 */
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
    b.kind = kind;
    b.aspects = aspects;
    b.function = function;
    b.consistentWithPolicy = consistentWithPolicy;
    b.measure = measure;
    b.target = target;
    b.considersRequirementIds = considersRequirementIds;
    b.plan = plan;
    b.resources = resources;
    b.ownerId = ownerId;
    b.dueDate = dueDate;
    b.evaluationMethod = evaluationMethod;
    b.lastMonitoredOn = lastMonitoredOn;
    b.communicatedOn = communicatedOn;
    b.lastUpdatedOn = lastUpdatedOn;
    b.status = status;
    b.aiSystemIds = aiSystemIds;
    b.integratedIntoLifecycle = integratedIntoLifecycle;
    b.documentId = documentId;
    return b;
  }

  /** Builder for {@link Objective}. */
  public static final class Builder {
    private String id;
    private String title;
    private ObjectiveKind kind;
    private List<TrustworthinessAspect> aspects;
    private String function;
    private Boolean consistentWithPolicy;
    private String measure;
    private String target;
    private List<String> considersRequirementIds;
    private String plan;
    private String resources;
    private String ownerId;
    private LocalDate dueDate;
    private String evaluationMethod;
    private LocalDate lastMonitoredOn;
    private LocalDate communicatedOn;
    private LocalDate lastUpdatedOn;
    private ObjectiveStatus status;
    private List<String> aiSystemIds;
    private Boolean integratedIntoLifecycle;
    private String documentId;

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
     * @param value the objective.
     * @return this builder
     */
    public Builder title(String value) {
      this.title = value;
      return this;
    }

    /**
     * Sets {@code kind}.
     *
     * @param value kind.
     * @return this builder
     */
    public Builder kind(ObjectiveKind value) {
      this.kind = value;
      return this;
    }

    /**
     * Sets {@code aspects}.
     *
     * @param value aspects addressed.
     * @return this builder
     */
    public Builder aspects(List<TrustworthinessAspect> value) {
      this.aspects = value;
      return this;
    }

    /**
     * Sets {@code function}.
     *
     * @param value function or level where it is set.
     * @return this builder
     */
    public Builder function(String value) {
      this.function = value;
      return this;
    }

    /**
     * Sets {@code consistentWithPolicy}.
     *
     * @param value whether it is consistent with the AI policy.
     * @return this builder
     */
    public Builder consistentWithPolicy(Boolean value) {
      this.consistentWithPolicy = value;
      return this;
    }

    /**
     * Sets {@code measure}.
     *
     * @param value how achievement is measured.
     * @return this builder
     */
    public Builder measure(String value) {
      this.measure = value;
      return this;
    }

    /**
     * Sets {@code target}.
     *
     * @param value target value.
     * @return this builder
     */
    public Builder target(String value) {
      this.target = value;
      return this;
    }

    /**
     * Sets {@code considersRequirementIds}.
     *
     * @param value applicable requirements taken into account.
     * @return this builder
     */
    public Builder considersRequirementIds(List<String> value) {
      this.considersRequirementIds = value;
      return this;
    }

    /**
     * Sets {@code plan}.
     *
     * @param value what will be done.
     * @return this builder
     */
    public Builder plan(String value) {
      this.plan = value;
      return this;
    }

    /**
     * Sets {@code resources}.
     *
     * @param value resources needed.
     * @return this builder
     */
    public Builder resources(String value) {
      this.resources = value;
      return this;
    }

    /**
     * Sets {@code ownerId}.
     *
     * @param value who is responsible.
     * @return this builder
     */
    public Builder ownerId(String value) {
      this.ownerId = value;
      return this;
    }

    /**
     * Sets {@code dueDate}.
     *
     * @param value when it will be completed.
     * @return this builder
     */
    public Builder dueDate(LocalDate value) {
      this.dueDate = value;
      return this;
    }

    /**
     * Sets {@code evaluationMethod}.
     *
     * @param value how results will be evaluated.
     * @return this builder
     */
    public Builder evaluationMethod(String value) {
      this.evaluationMethod = value;
      return this;
    }

    /**
     * Sets {@code lastMonitoredOn}.
     *
     * @param value when progress was last monitored.
     * @return this builder
     */
    public Builder lastMonitoredOn(LocalDate value) {
      this.lastMonitoredOn = value;
      return this;
    }

    /**
     * Sets {@code communicatedOn}.
     *
     * @param value when it was communicated.
     * @return this builder
     */
    public Builder communicatedOn(LocalDate value) {
      this.communicatedOn = value;
      return this;
    }

    /**
     * Sets {@code lastUpdatedOn}.
     *
     * @param value when it was last updated.
     * @return this builder
     */
    public Builder lastUpdatedOn(LocalDate value) {
      this.lastUpdatedOn = value;
      return this;
    }

    /**
     * Sets {@code status}.
     *
     * @param value status.
     * @return this builder
     */
    public Builder status(ObjectiveStatus value) {
      this.status = value;
      return this;
    }

    /**
     * Sets {@code aiSystemIds}.
     *
     * @param value aI systems it concerns.
     * @return this builder
     */
    public Builder aiSystemIds(List<String> value) {
      this.aiSystemIds = value;
      return this;
    }

    /**
     * Sets {@code integratedIntoLifecycle}.
     *
     * @param value whether measures for it are built into the development life cycle (A.6.1.2).
     * @return this builder
     */
    public Builder integratedIntoLifecycle(Boolean value) {
      this.integratedIntoLifecycle = value;
      return this;
    }

    /**
     * Sets {@code documentId}.
     *
     * @param value id of the objectives register.
     * @return this builder
     */
    public Builder documentId(String value) {
      this.documentId = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public Objective build() {
      return new Objective(id, title, kind, aspects, function, consistentWithPolicy, measure, target, considersRequirementIds, plan, resources, ownerId, dueDate, evaluationMethod, lastMonitoredOn, communicatedOn, lastUpdatedOn, status, aiSystemIds, integratedIntoLifecycle, documentId);
    }
  }
}
