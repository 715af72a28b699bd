package org.aimsrules.core.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.aimsrules.core.report.Reference;
import org.aimsrules.core.report.Severity;

/**
 * Everything the catalog says about one rule, keyed by the rule id (the DRL rule name).
 *
 * @param id stable rule id, e.g. {@code 5.2/policy-review-overdue}
 * @param requirement the requirement it checks: a sub-clause ({@code 9.2.2}) or control ({@code A.5.2})
 * @param obligations obligation ids of the register it checks, e.g. {@code 9.2.2-1}
 * @param basis what the rule rests on: a requirement, guidance or a regulation
 * @param basisRef the obligation id or Annex A control it rests on ({@code 9.2.2-1},
 *     {@code A.6.2.6}) for a requirement; the guidance it follows ({@code Annex B.5.4},
 *     {@code ISO/IEC 42005}) for guidance; the legal provision ({@code EU AI Act Art. 14}) for a
 *     regulation
 * @param isoRequirement for a regulation rule graded as a nonconformity, the ISO/IEC 42001
 *     obligation or control through which breaking the law is also a nonconformity of the standard;
 *     otherwise {@code null}
 * @param basisNote the recorded decision on the rule's basis and grade, in plain words
 * @param severity default severity
 * @param severityRationale why that severity, in certification-practice terms
 * @param title short title
 * @param trigger what makes it fire, in plain words
 * @param message message template; {@code {name}} is replaced by the violation's fact {@code name}
 * @param recommendedActions what would close a finding
 * @param documentedInformation the mandatory documented-information item it checks (e.g.
 *     {@code DI-02}), if any
 * @param readinessGate the certification stage its nonconformities block, if any
 * @param references other frameworks' requirements it concerns, beyond those of its requirement
 */
@JsonPropertyOrder({"id", "requirement", "obligations", "basis", "basisRef", "isoRequirement",
    "basisNote", "severity", "severityRationale", "title",
    "trigger", "message", "recommendedActions", "documentedInformation", "readinessGate",
    "references"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleMetadata(
    String id,
    String requirement,
    @JsonInclude(JsonInclude.Include.ALWAYS) List<String> obligations,
    Basis basis,
    String basisRef,
    String isoRequirement,
    String basisNote,
    Severity severity,
    String severityRationale,
    String title,
    String trigger,
    String message,
    List<String> recommendedActions,
    String documentedInformation,
    ReadinessGate readinessGate,
    List<Reference> references) {

  /** Checks the mandatory components and makes the lists immutable. */
  public RuleMetadata {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(requirement, () -> "requirement of " + id);
    Objects.requireNonNull(severity, () -> "severity of " + id);
    Objects.requireNonNull(basis, () -> "basis of " + id);
    Objects.requireNonNull(title, () -> "title of " + id);
    Objects.requireNonNull(message, () -> "message of " + id);
    obligations = obligations == null ? List.of() : List.copyOf(obligations);
    recommendedActions = recommendedActions == null ? List.of() : List.copyOf(recommendedActions);
    references = references == null ? List.of() : List.copyOf(references);
  }

  /**
   * The highest severity the rule's basis allows: a guidance rule is never a nonconformity,
   * and a regulation rule only through the ISO/IEC 42001 requirement it names.
   *
   * @param requested the severity the metadata or a tailoring option asks for
   * @return {@code requested}, capped at {@link Severity#OBSERVATION} for a guidance rule and for a
   *     regulation rule that names no ISO/IEC 42001 requirement it breaks
   */
  public Severity capped(Severity requested) {
    boolean mayBeNonconformity = basis == Basis.REQUIREMENT
        || (basis == Basis.REGULATION && isoRequirement != null);
    if (!mayBeNonconformity && requested.isNonconformity()) {
      return Severity.OBSERVATION;
    }
    return requested;
  }
}
