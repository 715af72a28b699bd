package org.aimsrules.catalog;

import org.aimsrules.catalog.internal.Iso42001Pack;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.engine.RulePack;

/**
 * Entry point to the ISO/IEC 42001:2023 rule pack.
 *
 * <pre>{@code
 * Evaluator evaluator = Iso42001.evaluator();          // once per process
 * AimsModel model = AimsModelReader.create().read(Path.of("aims.json"));
 * EvaluationReport report = evaluator.evaluate(model);
 * }</pre>
 */
public final class Iso42001 {
  private Iso42001() {}

  /**
   * The rule pack. Its rule base is built on first use and shared by the whole process.
   *
   * @return the pack
   */
  public static RulePack rulePack() {
    return Iso42001Pack.INSTANCE;
  }

  /**
   * The catalog: requirements, rule metadata, crosswalks.
   *
   * @return the catalog
   */
  public static RuleCatalog catalog() {
    return Iso42001Pack.INSTANCE.catalog();
  }

  /**
   * An evaluator over this pack with default options.
   *
   * @return a new evaluator (cheap: the rule base is shared)
   */
  public static Evaluator evaluator() {
    return Evaluator.builder().rulePack(rulePack()).build();
  }

  /**
   * An evaluator over this pack with the given default options.
   *
   * @param options options used when {@code evaluate} is called without options
   * @return a new evaluator
   */
  public static Evaluator evaluator(EvaluationOptions options) {
    return Evaluator.builder().rulePack(rulePack()).options(options).build();
  }
}
