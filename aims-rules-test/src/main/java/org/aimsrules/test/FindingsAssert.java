package org.aimsrules.test;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Severity;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on the findings of one rule, narrowed step by step. Each narrowing keeps the findings
 * that match and fails when none is left, listing the findings there were before it.
 *
 * <pre>{@code
 * assertThat(report).hasFinding("8.4/impact-assessment-before-significant-change")
 *     .on("sys-fraud").at("/aiSystems/1/lastSignificantChangeOn").withSeverity(Severity.MINOR);
 * }</pre>
 */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {
  private final String what;

  /**
   * Assertions on findings; use {@link ReportAssert#hasFinding(String)}.
   *
   * @param actual the findings
   * @param what what they are, for messages, e.g. {@code a finding of 4.3/scope-missing}
   */
  public FindingsAssert(List<Finding> actual, String what) {
    super(List.copyOf(actual), FindingsAssert.class);
    this.what = Objects.requireNonNull(what, "what");
  }

  /**
   * Keeps the findings on an entity.
   *
   * @param entityId the entity's id
   * @return assertions on the findings left
   */
  public FindingsAssert on(String entityId) {
    Objects.requireNonNull(entityId, "entityId");
    return narrow(f -> entityId.equals(f.entityId()), "on \"" + Render.safe(entityId) + "\"");
  }

  /**
   * Keeps the findings whose subject is a JSON Pointer.
   *
   * @param pointer the subject, e.g. {@code /scope}
   * @return assertions on the findings left
   */
  public FindingsAssert at(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return narrow(f -> pointer.equals(f.subject()), "at " + Render.safe(pointer));
  }

  /**
   * Keeps the findings of a severity.
   *
   * @param severity the severity
   * @return assertions on the findings left
   */
  public FindingsAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return narrow(f -> f.severity() == severity, "with severity " + severity);
  }

  /**
   * Keeps the findings raised against a requirement.
   *
   * @param ref the requirement, e.g. {@code 9.2.2} or {@code A.6.2.8}
   * @return assertions on the findings left
   */
  public FindingsAssert withRequirement(String ref) {
    Objects.requireNonNull(ref, "ref");
    return narrow(f -> ref.equals(f.requirement()), "against " + Render.safe(ref));
  }

  /**
   * Keeps the findings with a message, whole.
   *
   * @param message the message
   * @return assertions on the findings left
   */
  public FindingsAssert withMessage(String message) {
    Objects.requireNonNull(message, "message");
    return narrow(f -> message.equals(f.message()),
        "with the message \"" + Render.safe(message) + "\"");
  }

  /**
   * Keeps the findings that are not waived.
   *
   * @return assertions on the findings left
   */
  public FindingsAssert notWaived() {
    return narrow(f -> !f.isWaived(), "not waived");
  }

  /**
   * Checks how many findings are left.
   *
   * @param expected the number
   * @return this assertion
   */
  public FindingsAssert hasSize(int expected) {
    if (actual.size() != expected) {
      throwAssertionError(AimsErrors.of("Expecting " + expected
          + (expected == 1 ? " finding" : " findings") + " (" + what + "), but there "
          + (actual.size() == 1 ? "is 1" : "are " + actual.size()) + ":"
          + Render.findings(actual)));
    }
    return this;
  }

  /**
   * Checks that exactly one finding is left and gives AssertJ's assertions on it.
   *
   * @return assertions on the finding
   */
  public ObjectAssert<Finding> singleFinding() {
    hasSize(1);
    return new ObjectAssert<>(actual.get(0));
  }

  private FindingsAssert narrow(Predicate<Finding> keep, String how) {
    List<Finding> left = actual.stream().filter(keep).toList();
    String narrowed = what + " " + how;
    if (left.isEmpty()) {
      throwAssertionError(AimsErrors.of("Expecting " + narrowed + ", but there is none. There were:"
          + Render.findings(actual, Render.CONTEXT_LIMIT)));
    }
    FindingsAssert next = new FindingsAssert(left, narrowed);
    if (info.description() != null) {
      next.as(info.description());
    }
    return next;
  }
}
