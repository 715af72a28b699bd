package org.aimsrules.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * What became of one waiver in an evaluation.
 *
 * @param waiver the waiver
 * @param status whether it applied, had expired, or matched no finding
 * @param findings ids of the findings it names (applied or not); empty when it matched nothing
 */
@JsonPropertyOrder({"waiver", "status", "findings"})
public record WaiverResult(Waiver waiver, Status status,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> findings) {

  /** Makes the list immutable. */
  public WaiverResult {
    Objects.requireNonNull(waiver, "waiver");
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(findings);
  }

  /** What became of a waiver. */
  public enum Status {
    /** It is in force and marks the findings it names as waived. */
    APPLIED,
    /** It names findings, but is not in force on the evaluation date (expired or not yet approved). */
    EXPIRED,
    /** It names no finding of this evaluation. */
    UNMATCHED
  }
}
