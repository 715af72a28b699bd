package org.aimsrules.spark.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.ReadLimits;
import org.aimsrules.spark.SparkCli;

/**
 * The benchmark's baseline: the same per-tenant work as the Spark job (the same
 * {@link TenantEvaluation#evaluate} on each line: envelope, read limits, evaluation, outcome rows)
 * in one JVM, as a plain Java parallel stream over the lines of a JSON Lines file on a pool of N
 * threads, with no Spark and no output written. Not API.
 *
 * <p>Usage: {@code java -cp aims-rules-spark.jar org.aimsrules.spark.internal.StreamBaseline
 * IN.jsonl THREADS [AS_OF]}
 */
public final class StreamBaseline {
  private StreamBaseline() {}

  /**
   * Runs the baseline and prints its counts and time.
   *
   * @param args {@code IN THREADS [AS_OF]}
   * @throws Exception when the pool fails
   */
  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    int threads = Integer.parseInt(args[1]);
    LocalDate asOf = LocalDate.parse(args.length > 2 ? args[2] : "2026-11-30");
    long start = System.nanoTime();
    Evaluator evaluator = ExecutorEvaluator.get();
    List<EvaluationOptions> options =
        TenantEvaluation.options(List.of(asOf), List.of(), SparkCli.DEFAULT_TIME_LIMIT);
    long[] counts;
    ForkJoinPool pool = new ForkJoinPool(threads);
    ThreadLocal<AimsModelReader> readers =
        ThreadLocal.withInitial(() -> AimsModelReader.withLimits(ReadLimits.DEFAULTS));
    try (Stream<String> lines = Files.lines(in)) {
      counts = pool.submit(() -> lines.parallel().map(l -> {
        List<TenantOutcome> out = new ArrayList<>(1);
        TenantEvaluation.evaluate(evaluator, readers.get(), options,
            new TenantInput(0, l, null, null), out);
        long summaries = out.stream().filter(o -> o.getVerdict() != null).count();
        long findings = out.stream().mapToLong(o -> o.getFindings().size()).sum();
        long rejects = out.stream().mapToLong(o -> o.getProblems().size()).sum();
        return new long[] {summaries, findings, rejects};
      }).reduce(new long[3], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]})).get();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("stream baseline, %d threads: %d summaries, %d findings, %d rejects in %.1f s"
        + " (rule base load included)%n", threads, counts[0], counts[1], counts[2], seconds);
  }
}
