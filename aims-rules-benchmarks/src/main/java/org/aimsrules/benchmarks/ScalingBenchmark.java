package org.aimsrules.benchmarks;

import java.util.concurrent.TimeUnit;
import org.aimsrules.core.model.AimsModel;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm evaluation of generated organizations ({@link OrganizationGenerator}, seed 1) of growing
 * size: cost against the number of AI systems. Each measured call is one whole evaluation
 * (validation, rule session, report) as of 2026-11-30, in a forked JVM limited to 1 GB of heap.
 * Iterations of 5 s (at least one call each, so the big sizes make few calls and a run of the
 * benchmark takes minutes, not an hour; the small ones make enough calls to warm up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ScalingBenchmark extends EvaluationBenchmarkBase {
  /** Number of AI systems of the generated organization. */
  @Param({"10", "100", "1000", "10000"})
  public int aiSystems;

  @Override
  protected AimsModel model() {
    return OrganizationGenerator.generate(aiSystems, 1);
  }
}
