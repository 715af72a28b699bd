package org.aimsrules.core.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The comparison of a report with an earlier one ({@link Baseline}): how many findings are new or
 * unchanged, and the findings of the earlier report that are gone (fixed). Findings are matched by
 * id, subject by subject: a systemic finding counts as each of its instances and an escalated major
 * as each of the minors it stands for.
 *
 * @param baselineAsOf the evaluation date of the earlier report
 * @param newFindings number of findings (per subject) not in the earlier report
 * @param unchangedFindings number of findings (per subject) also in the earlier report
 * @param fixed the earlier report's findings that this one no longer has, in the earlier order
 */
@JsonPropertyOrder({"baselineAsOf", "newFindings", "unchangedFindings", "fixed"})
public record BaselineComparison(LocalDate baselineAsOf, int newFindings, int unchangedFindings,
    List<Baseline.Entry> fixed) {

  /** Makes the list immutable. */
  public BaselineComparison {
    fixed = List.copyOf(fixed);
  }
}
