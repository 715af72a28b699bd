package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A third-party component used by an AI system.
 */
@RecordBuilder
public record ThirdPartyComponent(
    @Informational("Descriptive.")
    @Required @JsonPropertyDescription("Name.")
    String name,
    @Informational("Input: a DATASET component makes A.4.3 applicable and counts as recorded data.")
    @JsonPropertyDescription("Kind.")
    ComponentKind kind,
    @Evidence(value = {"A.10.3"}, need = Evidence.Need.APPLICABLE, when = "The component belongs to a system in scope (observation when its supplier is not identified, A.10.3/component-supplier-not-identified).")
    @RefersTo(Supplier.class) @JsonPropertyDescription("Supplier.")
    String supplierId) {

  /**
   * Starts a builder; the builder class is generated at compile time from the record's components.
   *
   * @return an empty builder
   */
  public static ThirdPartyComponentBuilder builder() {
    return ThirdPartyComponentBuilder.builder();
  }

  /**
   * Starts a builder holding this record's values.
   *
   * @return a builder initialised from this record
   */
  public ThirdPartyComponentBuilder toBuilder() {
    return ThirdPartyComponentBuilder.builder(this);
  }
}
