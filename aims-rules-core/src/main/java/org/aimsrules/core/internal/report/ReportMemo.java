package org.aimsrules.core.internal.report;

import java.util.Set;

/**
 * What the earlier reports of one stateful session computed that the next report can reuse: the
 * graded findings, the systemic findings, the escalated majors and the requirements the model's
 * evidence concerns. Each
 * stage checks that its inputs are the same before it reuses anything, so a report assembled with a
 * memo equals one assembled without. Not thread-safe: one per session.
 */
public final class ReportMemo {
  private final Grading.Memo grading = new Grading.Memo();
  private final GroupMemo grouping = new GroupMemo();
  private final GroupMemo escalation = new GroupMemo();
  private Set<String> evidenced;
  private Set<String> evidencedRequirements;

  /** Creates an empty memo. */
  public ReportMemo() {}

  /**
   * Declares that, since the earlier report, the model changed only below one place
   * ({@link Grading.Memo#changedOnlyBelow}).
   *
   * @param pointer the JSON Pointer below which the model changed
   */
  public void changedOnlyBelow(String pointer) {
    grading.changedOnlyBelow(pointer);
  }

  /**
   * The grading stage's part.
   *
   * @return the memo of graded findings
   */
  public Grading.Memo grading() {
    return grading;
  }

  /**
   * The grouping stage's part.
   *
   * @return the memo of systemic findings
   */
  public GroupMemo grouping() {
    return grouping;
  }

  /**
   * The escalation stage's part.
   *
   * @return the memo of escalated majors
   */
  public GroupMemo escalation() {
    return escalation;
  }

  /**
   * The requirements that the present evidence concerns, computed again only when the evidence
   * changed since the earlier report.
   *
   * @param index the catalog
   * @param present the refs of the present evidence
   * @return the requirement refs
   */
  Set<String> evidencedRequirements(CatalogIndex index, Set<String> present) {
    if (evidenced == null || !evidenced.equals(present)) {
      evidenced = Set.copyOf(present);
      evidencedRequirements = index.evidencedRequirements(present);
    }
    return evidencedRequirements;
  }
}
