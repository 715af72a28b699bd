package org.aimsrules.core.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an input document or a model is not valid. It lists every problem found, each with the
 * JSON Pointer of the offending value; nothing is partially read.
 */
public final class InvalidModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems; an immutable list, never empty. */
  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found; must not be empty
   */
  public InvalidModelException(List<Problem> problems) {
    super(render(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in document order.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String render(List<Problem> problems) {
    return "invalid AIMS model: " + problems.size()
        + (problems.size() == 1 ? " problem" : " problems") + "\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
