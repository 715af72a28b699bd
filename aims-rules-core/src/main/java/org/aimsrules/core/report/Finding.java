package org.aimsrules.core.report;

import org.aimsrules.core.catalog.Basis;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One graded finding.
 *
 * @param id stable fingerprint of the rule id and the subject
 * @param ruleId id of the rule that raised it (or {@link #ESCALATION_RULE_ID})
 * @param requirement the requirement it is raised against, e.g. {@code 9.2.2} or {@code A.5.2}
 * @param obligations obligation ids of the register that it concerns, e.g. {@code 9.2.2-1}
 * @param basis what the rule rests on; {@code null} only for findings the engine composes
 * @param basisRef the obligation, control, guidance or legal provision the rule rests on
 * @param isoRequirement for a regulatory nonconformity, the ISO/IEC 42001 obligation or control
 *     through which it is one; otherwise {@code null}
 * @param severity graded severity
 * @param title short title of the rule
 * @param subject JSON Pointer into the input document
 * @param entityId id of the entity it concerns, or {@code null}
 * @param identity where it is, independent of list positions: the id of the nearest entity that
 *     holds the subject (empty for the document itself), {@code #}, then the property path inside
 *     that entity with each list element named by its key, e.g. {@code ia-1#/impacts[PRIVACY]/rationale}
 *     (see {@code docs/report.md}); {@link #id} is its fingerprint with the rule id
 * @param message what was found, in plain words
 * @param facts the facts behind it
 * @param recommendedActions what would close it
 * @param references the other frameworks' requirements it also concerns
 * @param escalates for an escalated major, the minor findings it stands for; otherwise empty
 * @param instances for a systemic finding (one rule's lapse found on several subjects), the
 *     finding on each subject; otherwise empty
 * @param waiver the waiver that applies to it as of the evaluation date, or {@code null}; a waived
 *     finding stays in the report but counts neither in the summary nor in the verdict
 * @param baseline against a baseline report: whether it is new or was already there; {@code null}
 *     when no baseline was given
 * @param pack the id of the rule pack its rule comes from ({@code iso42001}, {@code acme}, ...), or
 *     {@code null} when not known (a finding built by hand); since report version 2.1
 */
@JsonPropertyOrder({"id", "ruleId", "pack", "requirement", "obligations", "basis", "basisRef",
    "isoRequirement", "severity", "title", "subject", "entityId", "identity", "message", "facts",
    "recommendedActions", "references", "escalates", "instances", "waiver", "baseline"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Finding(
    String id,
    String ruleId,
    String requirement,
    List<String> obligations,
    Basis basis,
    String basisRef,
    String isoRequirement,
    Severity severity,
    String title,
    @JsonInclude(JsonInclude.Include.ALWAYS) String subject,
    @JsonInclude(JsonInclude.Include.ALWAYS) String entityId,
    String identity,
    String message,
    Map<String, String> facts,
    List<String> recommendedActions,
    List<Reference> references,
    List<Finding> escalates,
    List<Finding> instances,
    Waiver waiver,
    BaselineStatus baseline,
    String pack) {

  /**
   * Rule id of the findings that stand for several distinct minor nonconformities against one
   * requirement.
   */
  public static final String ESCALATION_RULE_ID = "escalation/repeated-minor-nonconformities";

  /** Makes the collections immutable and checks the mandatory components. */
  public Finding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(identity, "identity");
    obligations = List.copyOf(obligations);
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    recommendedActions = List.copyOf(recommendedActions);
    references = List.copyOf(references);
    escalates = List.copyOf(escalates);
    instances = List.copyOf(instances);
  }

  /**
   * A finding without its pack (the form of report version 2.0).
   *
   * @param id stable fingerprint of the rule id and the subject
   * @param ruleId id of the rule that raised it
   * @param requirement the requirement it is raised against
   * @param obligations obligation ids it concerns
   * @param basis what the rule rests on
   * @param basisRef the obligation, control, guidance or legal provision the rule rests on
   * @param isoRequirement for a regulatory nonconformity, the ISO/IEC 42001 requirement
   * @param severity graded severity
   * @param title short title of the rule
   * @param subject JSON Pointer into the input document
   * @param entityId id of the entity it concerns, or {@code null}
   * @param identity where it is, independent of list positions
   * @param message what was found
   * @param facts the facts behind it
   * @param recommendedActions what would close it
   * @param references the other frameworks' requirements it also concerns
   * @param escalates for an escalated major, the minor findings it stands for
   * @param instances for a systemic finding, one finding per subject
   * @param waiver the waiver that applies to it, or {@code null}
   * @param baseline new or unchanged against a baseline, or {@code null}
   */
  public Finding(String id, String ruleId, String requirement, List<String> obligations,
      Basis basis, String basisRef, String isoRequirement, Severity severity, String title,
      String subject, String entityId, String identity, String message, Map<String, String> facts,
      List<String> recommendedActions, List<Reference> references, List<Finding> escalates,
      List<Finding> instances, Waiver waiver, BaselineStatus baseline) {
    this(id, ruleId, requirement, obligations, basis, basisRef, isoRequirement, severity, title,
        subject, entityId, identity, message, facts, recommendedActions, references, escalates,
        instances, waiver, baseline, null);
  }

  /**
   * This finding with the pack its rule comes from.
   *
   * @param packId the pack's id
   * @return a finding equal to this one but for its pack
   */
  public Finding withPack(String packId) {
    return new Finding(id, ruleId, requirement, obligations, basis, basisRef, isoRequirement,
        severity, title, subject, entityId, identity, message, facts, recommendedActions,
        references, escalates, instances, waiver, baseline, packId);
  }

  /**
   * This finding with a waiver applied (or none).
   *
   * @param applied the waiver, or {@code null}
   * @return a copy
   */
  public Finding withWaiver(Waiver applied) {
    return new Finding(id, ruleId, requirement, obligations, basis, basisRef, isoRequirement,
        severity, title, subject, entityId, identity, message, facts, recommendedActions,
        references, escalates, instances, applied, baseline, pack);
  }

  /**
   * This finding marked against a baseline (or not).
   *
   * @param status new or unchanged, or {@code null}
   * @return a copy
   */
  public Finding withBaseline(BaselineStatus status) {
    return new Finding(id, ruleId, requirement, obligations, basis, basisRef, isoRequirement,
        severity, title, subject, entityId, identity, message, facts, recommendedActions,
        references, escalates, instances, waiver, status, pack);
  }

  /**
   * Whether a waiver applies to this finding: it is reported but not counted.
   *
   * @return true when {@link #waiver()} is not {@code null}
   */
  @JsonIgnore
  public boolean isWaived() {
    return waiver != null;
  }

  /**
   * Whether this finding stands for one rule's lapse found on several subjects.
   *
   * @return true when {@link #instances()} is not empty
   */
  @JsonIgnore
  public boolean isSystemic() {
    return !instances.isEmpty();
  }

  /**
   * Whether this finding is about a legal obligation rather than the standard itself.
   *
   * @return true for findings of a {@link Basis#REGULATION} rule
   */
  @JsonIgnore
  public boolean isRegulatory() {
    return basis == Basis.REGULATION;
  }

  /**
   * Whether this finding is a nonconformity (major or minor).
   *
   * @return true for major and minor findings
   */
  @JsonIgnore
  public boolean isNonconformity() {
    return severity.isNonconformity();
  }
}
