package org.aimsrules.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Status of one requirement: a sub-clause of clauses 4 to 10, an obligation of the register, or an
 * Annex A control.
 *
 * @param ref requirement reference, e.g. {@code 9.2.2}, {@code 9.2.2-a} or {@code A.6.2.8}
 * @param kind {@code SUBCLAUSE}, {@code OBLIGATION} or {@code CONTROL}
 * @param title official short title (sub-clauses and controls) or paraphrase (obligations)
 * @param status the status
 * @param automated whether at least one rule checks it
 * @param reason why it is not applicable or not automated, when it is not
 * @param findings ids of the findings raised against it
 */
@JsonPropertyOrder({"ref", "kind", "title", "status", "automated", "reason", "findings"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RequirementResult(String ref, String kind, String title, RequirementStatus status,
    boolean automated, String reason, List<String> findings) {
  /** Makes the list immutable. */
  public RequirementResult {
    findings = List.copyOf(findings);
  }
}
