package org.aimsrules.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
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

/** Warm evaluation of each bundled sample: validation, rule session, grading, report. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluateBenchmark {
  @Param({"startup-beginning-aims", "bank-high-risk-credit-scoring", "conforming-logistics-provider"})
  /** The bundled sample evaluated. */
  public String sample;

  private Evaluator evaluator;
  private AimsModel model;
  private EvaluationOptions options;

  /** Loads the rule base and the sample once. */
  @Setup
  public void setUp() {
    evaluator = Iso42001.evaluator();
    model = BenchmarkModels.model(BenchmarkModels.sample(sample));
    options = EvaluationOptions.builder().asOf(LocalDate.of(2026, 11, 30)).build();
  }

  /**
   * One evaluation.
   *
   * @return the report (consumed by JMH)
   */
  @Benchmark
  public EvaluationReport evaluate() {
    return evaluator.evaluate(model, options);
  }
}
