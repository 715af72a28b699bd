package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * A third-party component used by an AI system.
 *
 * @param name Name.
 * @param kind Kind.
 * @param supplierId Supplier.
 */
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
    b.name = name;
    b.kind = kind;
    b.supplierId = supplierId;
    return b;
  }

  /** Builder for {@link ThirdPartyComponent}. */
  public static final class Builder {
    private String name;
    private ComponentKind kind;
    private String supplierId;

    private Builder() {}

    /**
     * Sets {@code name}.
     *
     * @param value name.
     * @return this builder
     */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets {@code kind}.
     *
     * @param value kind.
     * @return this builder
     */
    public Builder kind(ComponentKind value) {
      this.kind = value;
      return this;
    }

    /**
     * Sets {@code supplierId}.
     *
     * @param value supplier.
     * @return this builder
     */
    public Builder supplierId(String value) {
      this.supplierId = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public ThirdPartyComponent build() {
      return new ThirdPartyComponent(name, kind, supplierId);
    }
  }
}
