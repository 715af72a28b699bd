package org.aimsrules.benchmarks;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.concurrent.TimeUnit;
import org.aimsrules.core.model.AimsModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The twenty rules of {@link SubsetRules}: hand-written Java loops ({@link PlainJavaSubset})
 * against the rule engine restricted to the same rules and their derivations
 * ({@link RestrictedEngine}). Both start from the bound model and collect its facts and pointers,
 * so they do the same work; neither validates the model or assembles a report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class SubsetBenchmark {
  private static final LocalDate AS_OF = OrganizationGenerator.AS_OF;

  /** A bundled sample's name, or {@code generated-N} for a generated organization of N systems. */
  @Param({"startup-beginning-aims", "bank-high-risk-credit-scoring", "conforming-logistics-provider",
      "conforming-insurer-deployer", "generated-100", "generated-1000"})
  public String model;

  private AimsModel aims;
  private RestrictedEngine engine;

  /** Builds the restricted rule base and the model, once. */
  @Setup
  public void setUp() {
    engine = RestrictedEngine.subset();
    aims = model.startsWith("generated-")
        ? OrganizationGenerator.generate(Integer.parseInt(model.substring("generated-".length())), 1)
        : BenchmarkModels.model(BenchmarkModels.sample(model));
  }

  /**
   * The twenty rules as Java loops.
   *
   * @return the findings
   */
  @Benchmark
  public SortedSet<SubsetFinding> plainJava() {
    return PlainJavaSubset.evaluate(aims, AS_OF);
  }

  /**
   * The twenty rules in a stateless session of the restricted rule base.
   *
   * @return the findings
   */
  @Benchmark
  public SortedSet<SubsetFinding> restrictedEngine() {
    return engine.evaluate(aims, AS_OF);
  }
}
