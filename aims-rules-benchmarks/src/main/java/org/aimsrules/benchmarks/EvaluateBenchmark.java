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
 * Warm evaluation of each bundled sample. Ten warm-up iterations: the evaluation reaches its
 * compiled speed after some 15 s (the rule network's code paths are many), later than JMH's usual
 * few iterations allow.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluateBenchmark extends EvaluationBenchmarkBase {
  /** The bundled sample evaluated. */
  @Param({"startup-beginning-aims", "bank-high-risk-credit-scoring", "conforming-logistics-provider",
      "conforming-insurer-deployer"})
  public String sample;

  @Override
  protected AimsModel model() {
    return BenchmarkModels.model(BenchmarkModels.sample(sample));
  }
}
