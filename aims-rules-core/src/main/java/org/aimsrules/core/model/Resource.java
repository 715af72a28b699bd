package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * A resource needed for the AIMS or for AI systems (7.1, A.4.2).
 */
@RecordBuilder
public record Resource(
    @Required @EntityId @JsonPropertyDescription("Stable identifier, unique across the whole document; other entities refer to it.")
    String id,
    @Informational("Required by the reader; messages")
    @Required @JsonPropertyDescription("Name.")
    String name,
    @Informational("Descriptive")
    @JsonPropertyDescription("Kind.")
    ResourceKind kind,
    @Informational("Descriptive")
    @JsonPropertyDescription("Description.")
    String description,
    @Informational("Resources of AI systems are an A.4 matter (annex-a4 owns them); 7.1 concerns resources for the AIMS")
    @RefersTo(AiSystem.class) @JsonPropertyDescription("AI systems it serves.")
    List<String> aiSystemIds,
    @Evidence(value = {"7.1"}, when = "7.1-1: at least one resource for the AIMS (7.1/no-aims-resources); silent when another resource for the AIMS remains", alsoIn = {"/resources/*/forAims"})
    @JsonPropertyDescription("Whether it serves the management system itself.")
    Boolean forAims,
    @Evidence(value = {"7.1"}, need = Evidence.Need.APPLICABLE, when = "7.1-1: resources for the AIMS must be provided, not only identified (7.1/aims-resource-not-provided)", onlyIf = "forAims=true")
    @JsonPropertyDescription("Whether it has been provided (not only identified).")
    Boolean provided,
    @Informational("7.1 does not ask who approved a resource")
    @RefersTo(Person.class) @JsonPropertyDescription("Who approved it.")
    String approvedBy,
    @Informational("7.1 does not require documenting resources")
    @RefersTo(DocumentedInformation.class) @JsonPropertyDescription("Id of its documentation.")
    String documentId) implements Entity {

  /** Normalizes absent lists to empty, immutable lists. */
  public Resource {
    aiSystemIds = ModelLists.copy(aiSystemIds, "aiSystemIds");
  }

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ResourceBuilder builder() {
    return ResourceBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ResourceBuilder toBuilder() {
    return ResourceBuilder.builder(this);
  }
}
