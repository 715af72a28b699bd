package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * A requirement of an interested party (4.2).
 */
@RecordBuilder
public record PartyRequirement(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Identity("required by the reader")
    @Required @JsonPropertyDescription("The requirement.")
    String description,
    @Informational("classification (legal, contractual, ...); descriptive")
    @JsonPropertyDescription("Nature of the requirement.")
    RequirementKind kind,
    @Informational("input to 4.1/climate-change-irrelevant-despite-requirements; absent = not climate-related only weakens an observation that cross-checks a stated decision")
    @JsonPropertyDescription("Whether it is a climate-related requirement.")
    Boolean climateRelated,
    @Evidence(value = {"4.2-c"}, when = "for every requirement of a relevant party (4.2/requirement-decision-missing; without it the requirement is also treated as left outside the AIMS)", alsoIn = {"/interestedParties/*/requirements/*/addressedBy"})
    @JsonPropertyDescription("Decision whether the AIMS addresses it (4.2 c).")
    Boolean addressedThroughAims,
    @Evidence(value = {"4.2-c"}, need = Evidence.Need.APPLICABLE, when = "when the requirement is addressed through the AIMS (observation 4.2/addressed-requirement-without-means)", alsoIn = {"/objectives/*/considersRequirementIds"}, onlyIf = "addressedThroughAims=true")
    @RefersTo(Object.class) @JsonPropertyDescription("Ids of what addresses it: objectives, processes, documents, controls, risk treatments.")
    List<String> addressedBy,
    @Evidence(value = {"4.2-c"}, need = Evidence.Need.APPLICABLE, when = "when the requirement is left outside the AIMS (observation 4.2/unaddressed-requirement-without-rationale)", onlyIf = "addressedThroughAims!=true")
    @JsonPropertyDescription("Why it is not addressed, when it is not.")
    String rationale,
    @Informational("only used to ignore decisions dated after the evaluation date")
    @JsonPropertyDescription("When the decision was made.")
    LocalDate decidedOn) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public PartyRequirement {
    addressedBy = ModelLists.copy(addressedBy, "addressedBy");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static PartyRequirementBuilder builder() {
    return PartyRequirementBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public PartyRequirementBuilder toBuilder() {
    return PartyRequirementBuilder.builder(this);
  }
}
