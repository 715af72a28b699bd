package org.aimsrules.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An accepted finding: a rule's finding on one subject that the organization has decided, with an
 * approval and until an expiry date, not to count. It names the rule and either the finding's id
 * (exactly one finding) or an entity id (every finding of the rule on that entity, whatever the
 * property path inside it). As of the evaluation date, a waiver applies from {@code approvedOn}
 * until {@code expiresOn} inclusive.
 *
 * @param ruleId the rule whose finding it waives
 * @param findingId the finding's id ({@link Finding#id()}), or {@code null} when {@code entityId}
 *     is given
 * @param entityId the entity whose findings of the rule it waives, or {@code null} when
 *     {@code findingId} is given
 * @param justification why the finding is accepted
 * @param approvedBy who approved it
 * @param approvedOn when it was approved
 * @param expiresOn the last day it applies
 */
@JsonPropertyOrder({"ruleId", "findingId", "entityId", "justification", "approvedBy", "approvedOn",
    "expiresOn"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Waiver(String ruleId, String findingId, String entityId, String justification,
    String approvedBy, LocalDate approvedOn, LocalDate expiresOn) {

  /** Checks the mandatory components. */
  public Waiver {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(justification, "justification");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(approvedOn, "approvedOn");
    Objects.requireNonNull(expiresOn, "expiresOn");
    if ((findingId == null) == (entityId == null)) {
      throw new IllegalArgumentException("a waiver names either a finding id or an entity id");
    }
  }

  /**
   * Whether it applies on a date: approved on or before it and not expired.
   *
   * @param date the evaluation date
   * @return true from {@code approvedOn} to {@code expiresOn} inclusive
   */
  public boolean inForce(LocalDate date) {
    return !date.isBefore(approvedOn) && !date.isAfter(expiresOn);
  }

  /**
   * Whether it names a finding: the same rule, and the same finding id, or an entity that the
   * finding names or whose record holds the finding's subject.
   *
   * @param f a finding
   * @return true when it matches
   */
  public boolean matches(Finding f) {
    if (!ruleId.equals(f.ruleId())) {
      return false;
    }
    if (findingId != null) {
      return findingId.equals(f.id());
    }
    // On the entity: named by the finding, or holding its subject (the identity starts with it).
    return entityId.equals(f.entityId()) || f.identity().startsWith(entityId + "#");
  }
}
