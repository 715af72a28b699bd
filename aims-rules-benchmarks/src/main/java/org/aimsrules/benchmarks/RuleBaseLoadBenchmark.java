package org.aimsrules.benchmarks;

import java.util.concurrent.TimeUnit;
import org.aimsrules.catalog.Iso42001;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.kie.api.KieBase;

/**
 * Cold start: loading the precompiled rule base and the catalog in a fresh JVM. Each fork measures
 * the first (and only) call, which builds the rule base.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class RuleBaseLoadBenchmark {
  /**
   * Builds the rule base.
   *
   * @return the KieBase
   */
  @Benchmark
  public KieBase load() {
    return Iso42001.rulePack().kieBase();
  }
}
