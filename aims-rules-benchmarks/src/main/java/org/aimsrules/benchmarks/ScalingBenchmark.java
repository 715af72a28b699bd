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

/** Warm evaluation of the conforming sample grown to more AI systems: cost against size. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScalingBenchmark extends EvaluationBenchmarkBase {
  /** How many copies of the first AI system are added. */
  @Param({"0", "10", "50", "200"})
  public int extraSystems;

  @Override
  protected AimsModel model() {
    return BenchmarkModels.model(BenchmarkModels.scaledConforming(extraSystems));
  }
}
