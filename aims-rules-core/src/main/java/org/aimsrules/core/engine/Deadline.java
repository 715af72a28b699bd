package org.aimsrules.core.engine;

import java.time.Duration;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Halts a rule session at the first rule firing past a time limit; {@link #check} then throws.
 * Checked on every firing, so a session stops within one rule's action of the limit. Used by
 * {@link Evaluator} (one per evaluation) and {@link EvaluationSession} (restarted per call).
 */
final class Deadline extends DefaultAgendaEventListener {
  private final Duration limit;
  private volatile long deadlineNanos;
  private volatile boolean exceeded;

  Deadline(Duration limit) {
    this.limit = limit;
    start();
  }

  /** Starts the limit's time from now. */
  void start() {
    deadlineNanos = System.nanoTime() + Math.min(limit.toNanos(), Long.MAX_VALUE / 4);
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    if (exceeded || System.nanoTime() - deadlineNanos > 0) {
      exceeded = true;
      if (event.getKieRuntime() instanceof KieSession s) {
        s.halt();
      }
    }
  }

  /** Throws when the limit has passed. */
  void check() {
    if (exceeded || System.nanoTime() - deadlineNanos > 0) {
      exceeded = true;
      throw new EvaluationTimeoutException(limit);
    }
  }
}
