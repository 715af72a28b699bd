package org.aimsrules.core.engine;

import java.time.Duration;

/**
 * Thrown when an evaluation runs longer than the time limit of its {@link EvaluationOptions}. The
 * rule session is halted and discarded; no partial report is returned. The {@link Evaluator} stays
 * usable for further evaluations.
 */
public final class EvaluationTimeoutException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The limit that was exceeded. */
  private final transient Duration limit;

  /**
   * Creates the exception.
   *
   * @param limit the limit that was exceeded
   */
  public EvaluationTimeoutException(Duration limit) {
    super("evaluation exceeded its time limit of " + (limit.toMillis() > 0
        ? limit.toMillis() + " ms" : limit.toNanos() + " ns") + " and was halted");
    this.limit = limit;
  }

  /**
   * The limit that was exceeded.
   *
   * @return the time limit of the evaluation
   */
  public Duration limit() {
    return limit;
  }
}
