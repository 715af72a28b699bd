package org.aimsrules.benchmarks;

import java.util.Comparator;
import java.util.Objects;

/**
 * A finding of the plain-Java subset comparison, reduced to what identifies it: the rule, the JSON
 * Pointer of its subject (as {@code ReportAssembler} grades it: the violation's pointer, else the
 * pointer of its subject record, then {@code /field} when it narrows to a property) and the id of
 * the entity it concerns.
 *
 * @param ruleId the rule
 * @param subject JSON Pointer of the subject
 * @param entityId the entity concerned, or {@code null}
 */
public record SubsetFinding(String ruleId, String subject, String entityId)
    implements Comparable<SubsetFinding> {
  private static final Comparator<SubsetFinding> ORDER = Comparator
      .comparing(SubsetFinding::ruleId)
      .thenComparing(SubsetFinding::subject)
      .thenComparing(SubsetFinding::entityId, Comparator.nullsFirst(Comparator.naturalOrder()));

  /**
   * Checks the rule and subject.
   *
   * @param ruleId the rule
   * @param subject JSON Pointer of the subject
   * @param entityId the entity concerned, or {@code null}
   */
  public SubsetFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(subject, "subject");
  }

  @Override
  public int compareTo(SubsetFinding o) {
    return ORDER.compare(this, o);
  }
}
