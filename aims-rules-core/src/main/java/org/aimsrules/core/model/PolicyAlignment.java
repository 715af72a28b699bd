package org.aimsrules.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.LocalDate;

/**
 * How another organizational policy relates to AI (A.2.3).
 *
 * @param domain Domain of the other policy.
 * @param policyName Name of the other policy.
 * @param affected Whether AI affects or is governed by that policy.
 * @param actionTaken What was changed or decided.
 * @param reviewedOn When the alignment was reviewed.
 */
public record PolicyAlignment(
    @Identity("Names the policy domain the entry aligns.")
    @Required @JsonPropertyDescription("Domain of the other policy.")
    PolicyDomain domain,
    @Informational("Descriptive.")
    @JsonPropertyDescription("Name of the other policy.")
    String policyName,
    @Informational("Only true asks for an action; the alignment entry itself is the evidence.")
    @JsonPropertyDescription("Whether AI affects or is governed by that policy.")
    Boolean affected,
    @Evidence(value = {"A.2.3"}, need = Evidence.Need.APPLICABLE, when = "The other policy is affected by AI.", onlyIf = "affected=true")
    @JsonPropertyDescription("What was changed or decided.")
    String actionTaken,
    @Informational("Review date; no rule needs it.")
    @JsonPropertyDescription("When the alignment was reviewed.")
    LocalDate reviewedOn) {

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
    b.domain = domain;
    b.policyName = policyName;
    b.affected = affected;
    b.actionTaken = actionTaken;
    b.reviewedOn = reviewedOn;
    return b;
  }

  /** Builder for {@link PolicyAlignment}. */
  public static final class Builder {
    private PolicyDomain domain;
    private String policyName;
    private Boolean affected;
    private String actionTaken;
    private LocalDate reviewedOn;

    private Builder() {}

    /**
     * Sets {@code domain}.
     *
     * @param value domain of the other policy.
     * @return this builder
     */
    public Builder domain(PolicyDomain value) {
      this.domain = value;
      return this;
    }

    /**
     * Sets {@code policyName}.
     *
     * @param value name of the other policy.
     * @return this builder
     */
    public Builder policyName(String value) {
      this.policyName = value;
      return this;
    }

    /**
     * Sets {@code affected}.
     *
     * @param value whether AI affects or is governed by that policy.
     * @return this builder
     */
    public Builder affected(Boolean value) {
      this.affected = value;
      return this;
    }

    /**
     * Sets {@code actionTaken}.
     *
     * @param value what was changed or decided.
     * @return this builder
     */
    public Builder actionTaken(String value) {
      this.actionTaken = value;
      return this;
    }

    /**
     * Sets {@code reviewedOn}.
     *
     * @param value when the alignment was reviewed.
     * @return this builder
     */
    public Builder reviewedOn(LocalDate value) {
      this.reviewedOn = value;
      return this;
    }

    /**
     * Builds the record.
     *
     * @return a new immutable record
     */
    public PolicyAlignment build() {
      return new PolicyAlignment(domain, policyName, affected, actionTaken, reviewedOn);
    }
  }
}
