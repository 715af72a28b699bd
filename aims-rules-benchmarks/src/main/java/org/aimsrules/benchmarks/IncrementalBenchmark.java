package org.aimsrules.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.EvaluationSession;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.model.AiSystem;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One change re-evaluated in an {@link EvaluationSession} on a generated organization of a thousand AI
 * systems ({@link OrganizationGenerator}): an AI system in
 * the middle of the inventory is replaced, alternately, by a copy without its intended purpose (which
 * raises findings) and by the original (which clears them). Each operation includes validation of
 * the change, the rules it fires and the returned report.
 *
 * <p>With {@code findings=false} every rule is disabled in the options: the rules fire exactly as
 * before (disabling acts when the report is assembled), but the report grades no violation, so the
 * figure is the cost of applying the change and firing the rules, without grading the findings.
 *
 * <p>Twenty-four warm-up iterations: the change's code paths (the engine's update and
 * truth-maintenance paths over thousands of generated rule classes, the report stages) reach their
 * compiled speed only after some 20 iterations, about 40 s (one fork: 9.4 ms a change in the first
 * iteration, 1.5 in the thirteenth, 0.8 from the twentieth); with three, as the performance notes
 * once ran it, the figure was that of a half-warm JVM (about three times the warm one), and twelve
 * were not always enough.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 24, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IncrementalBenchmark {
  /** AI systems of the generated organization (seed 1). */
  @Param({"1000"})
  public int aiSystems;

  /** Whether the report grades the violations (false: every rule disabled in the options). */
  @Param({"true", "false"})
  public boolean findings;

  private EvaluationSession session;
  private AiSystem original;
  private AiSystem changed;
  private boolean flip;

  /** Opens the session on the generated organization. */
  @Setup(Level.Trial)
  public void setUp() {
    AimsModel model = OrganizationGenerator.generate(aiSystems, 1);
    Evaluator evaluator = Iso42001.evaluator();
    EvaluationOptions.Builder options = EvaluationOptions.builder().asOf(LocalDate.of(2026, 11, 30));
    if (!findings) {
      evaluator.catalog().rulesById().keySet().forEach(options::disable);
    }
    session = evaluator.openSession(model, options.build());
    original = model.aiSystems().get(model.aiSystems().size() / 2);
    changed = original.toBuilder().intendedPurpose(null).build();
  }

  /** Closes the session. */
  @TearDown(Level.Trial)
  public void tearDown() {
    session.close();
  }

  /**
   * One change: the system replaced by its other version.
   *
   * @return the report (consumed by JMH)
   */
  @Benchmark
  public EvaluationReport replaceOneSystem() {
    flip = !flip;
    return session.replace(flip ? changed : original);
  }
}
