package org.aimsrules.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evaluates a model for a JUnit 5 test: the test's parameters of type
 * {@link org.aimsrules.core.report.EvaluationReport}, {@link org.aimsrules.core.engine.Evaluator} and
 * {@link org.aimsrules.core.model.AimsModel} are injected ({@link AimsEvaluationExtension}).
 *
 * <pre>{@code
 * @AimsEvaluation(model = "classpath:aims.json", asOf = "2026-11-30")
 * class AimsComplianceTest {
 *   @Test
 *   void readyForCertification(EvaluationReport report) {
 *     assertThat(report).hasVerdict(Verdict.STAGE_2_READY).hasNoNonconformities();
 *   }
 * }
 * }</pre>
 *
 * <p>On a class (inherited by subclasses and {@code @Nested} classes) or on a test method; the
 * annotation nearest the test wins, a method's over its class's, as a whole (attributes are not
 * merged). One evaluator per set of packs serves the whole test run, so a suite loads each rule base
 * once; a report is computed once per model, date, packs and waivers and shared (it is immutable).
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AimsEvaluationExtension.class)
public @interface AimsEvaluation {

  /**
   * The model: {@code classpath:path/to/aims.json} (a resource of the test's class loader) or a
   * file path (relative to the working directory). May be empty when only an {@code Evaluator} is
   * injected.
   *
   * @return where the model is
   */
  String model() default "";

  /**
   * The evaluation date, an ISO date such as {@code 2026-11-30}. Empty means today by the system
   * clock: the report then changes with the date, so a test that asserts dated findings should name
   * one.
   *
   * @return the date, or empty for today
   */
  String asOf() default "";

  /**
   * Ids of the rule packs to evaluate with, each found on the test's class path through
   * {@link org.aimsrules.core.engine.RulePacks#discover(ClassLoader)} (e.g. {@code iso42001}).
   * Empty means every pack on the class path.
   *
   * @return pack ids
   */
  String[] packs() default {};

  /**
   * A waivers file, {@code classpath:path} or a file path, read with
   * {@link org.aimsrules.core.io.WaiverReader} against the evaluator's catalog. Empty for none.
   *
   * @return where the waivers are, or empty
   */
  String waivers() default "";
}
