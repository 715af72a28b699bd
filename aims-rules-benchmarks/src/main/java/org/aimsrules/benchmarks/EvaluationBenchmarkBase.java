package org.aimsrules.benchmarks;

import java.time.LocalDate;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/** Warm evaluation of one model, built once per trial by the subclass. */
public abstract class EvaluationBenchmarkBase {
  private Evaluator evaluator;
  private AimsModel model;
  private EvaluationOptions options;

  /**
   * The model to evaluate.
   *
   * @return the model
   */
  protected abstract AimsModel model();

  /** Loads the rule base and the model once. */
  @Setup
  public void setUp() {
    evaluator = Iso42001.evaluator();
    model = model();
    options = EvaluationOptions.builder().asOf(LocalDate.of(2026, 11, 30)).build();
  }

  /**
   * One evaluation: validation, rule session, grading, report.
   *
   * @return the report (consumed by JMH)
   */
  @Benchmark
  public EvaluationReport evaluate() {
    return evaluator.evaluate(model, options);
  }
}
