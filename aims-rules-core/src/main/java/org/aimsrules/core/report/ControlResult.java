package org.aimsrules.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The view of one Annex A control: whether it applies and why, what the Statement of Applicability
 * says, its status and its findings.
 *
 * @param ref control id, e.g. {@code A.6.2.8}
 * @param title official short title
 * @param applicable whether the organization's context makes it applicable
 * @param reasons why it applies (empty when it does not)
 * @param aiSystemIds the AI systems it applies to by their own context (for example, the systems the
 *     organization develops for A.6.2.4); empty when it applies to none in particular
 * @param soa what the Statement of Applicability says
 * @param status its status, defined as for every requirement (see {@link RequirementStatus})
 * @param note what qualifies the status, e.g. that the control is included although nothing makes
 *     it applicable (so the checks that depend on context did not run); {@code null} otherwise
 * @param findings ids of the findings raised against it
 */
@JsonPropertyOrder({"ref", "title", "applicable", "reasons", "aiSystemIds", "soa", "status", "note", "findings"})
public record ControlResult(String ref, String title, boolean applicable, List<String> reasons,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> aiSystemIds, SoaView soa, RequirementStatus status, @JsonInclude(JsonInclude.Include.NON_NULL) String note,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> findings) {
  /** Makes the lists immutable. */
  public ControlResult {
    reasons = List.copyOf(reasons);
    aiSystemIds = List.copyOf(aiSystemIds);
    findings = List.copyOf(findings);
  }
}
