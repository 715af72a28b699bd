package org.aimsrules.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.io.ReadLimits;
import org.aimsrules.spark.internal.TenantEvaluation;
import org.aimsrules.spark.internal.TenantInput;
import org.aimsrules.spark.internal.TenantOutcome;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The {@code evaluate-tenants} job: every tenant's model evaluated at one or several dates, written
 * as three tables under the output directory.
 *
 * <ul>
 *   <li>{@code summaries}: {@code tenant, as_of, verdict, major, minor, observation, opportunity,
 *       catalog}, one row per tenant and date;</li>
 *   <li>{@code findings}: {@code tenant, as_of, finding_id, rule_id, requirement, severity,
 *       pointer, message, catalog}, one row per finding;</li>
 *   <li>{@code rejects}: {@code tenant, line, as_of, kind, pointer, message, error_class}, one row
 *       per validation problem of a model that is not valid ({@code kind} {@code INVALID}, no
 *       {@code as_of}) and one per internal error of a tenant's evaluation ({@code kind}
 *       {@code ERROR}, with its date and exception class).</li>
 * </ul>
 *
 * <p>The input is JSON Lines, one tenant a line ({@code {"tenant": "...", "model": {...}}}), or a
 * Parquet table with the string columns {@code tenant} and {@code model}. A tenant may carry its
 * own tailoring, rules disabled for it alone ({@code "disabledRules": [...]} in JSON Lines, an
 * optional {@code disabled_rules} array column in Parquet), on top of the settings' disabled rules. {@code line} is the
 * 1-based line (or row) number in read order: for one file, its line number. Partitions are
 * evaluated with {@code mapPartitions}; each executor JVM builds one evaluator, lazily, that its
 * tasks share. Each tenant's model is read with the per-model {@link ReadLimits} and each
 * evaluation has the time limit of the settings.
 */
public final class EvaluateTenants {
  /** Largest input split when the session does not set {@code spark.sql.files.maxPartitionBytes}. */
  static final String DEFAULT_SPLIT = "8m";

  private EvaluateTenants() {}

  /**
   * The settings of one run.
   *
   * @param input the input path (file or directory)
   * @param inputFormat {@code jsonl} or {@code parquet}
   * @param output the output directory
   * @param format the output format, {@code parquet} or {@code json}
   * @param dates the evaluation dates, at least one
   * @param disabledRules ids of rules to disable (e.g. to measure a rule's impact)
   * @param timeLimit time limit of one tenant's evaluation at one date, or {@code null} for none
   * @param limits the read limits of one tenant's model
   * @param partitions number of partitions to evaluate in, or 0 to keep the input's splits
   * @param overwrite whether to replace the output tables when they exist
   */
  public record Settings(String input, String inputFormat, String output, String format,
      List<LocalDate> dates, List<String> disabledRules, Duration timeLimit, ReadLimits limits,
      int partitions, boolean overwrite) {
    /** Checks the settings. */
    public Settings {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(output, "output");
      inputFormat = inputFormat.toLowerCase(Locale.ROOT);
      format = format.toLowerCase(Locale.ROOT);
      if (!inputFormat.equals("jsonl") && !inputFormat.equals("parquet")) {
        throw new IllegalArgumentException("input format must be jsonl or parquet, not '"
            + inputFormat + "'");
      }
      if (!format.equals("json") && !format.equals("parquet")) {
        throw new IllegalArgumentException("format must be parquet or json, not '" + format + "'");
      }
      dates = List.copyOf(dates);
      if (dates.isEmpty()) {
        throw new IllegalArgumentException("no evaluation date");
      }
      // The evaluator's own bounds on the date (1900 to 2199), checked here on the driver rather
      // than failing every task.
      dates.forEach(d -> EvaluationOptions.builder().asOf(d));
      disabledRules = List.copyOf(disabledRules);
      Objects.requireNonNull(limits, "limits");
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must not be negative");
      }
    }
  }

  /**
   * What a run wrote.
   *
   * @param summaries rows of {@code summaries} (tenant and date evaluated)
   * @param findings rows of {@code findings}
   * @param rejects rows of {@code rejects}
   * @param rejectedTenants input lines or rows with at least one reject
   */
  public record Result(long summaries, long findings, long rejects, long rejectedTenants) {}

  /**
   * Runs the job and writes its three tables.
   *
   * @param spark the session
   * @param settings the settings
   * @return the number of rows written
   */
  public static Result run(SparkSession spark, Settings settings) {
    Dataset<TenantOutcome> outcomes = outcomes(spark, settings)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> summaries = summaries(outcomes);
      Dataset<Row> findings = findings(outcomes);
      Dataset<Row> rejects = rejects(outcomes);
      SaveMode mode = settings.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      String out = settings.output().endsWith("/") ? settings.output() : settings.output() + "/";
      summaries.write().mode(mode).format(settings.format()).save(out + "summaries");
      findings.write().mode(mode).format(settings.format()).save(out + "findings");
      rejects.write().mode(mode).format(settings.format()).save(out + "rejects");
      // One pass over the cached outcomes for the counts, not one job per table.
      Row counts = outcomes.agg(
          sum(when(col("verdict").isNotNull(), 1L).otherwise(0L)),
          sum(when(col("verdict").isNotNull(), size(col("findings"))).otherwise(0)),
          sum(size(col("problems"))),
          countDistinct(when(size(col("problems")).gt(0), col("line")))).first();
      return new Result(counts.isNullAt(0) ? 0 : counts.getLong(0),
          counts.isNullAt(1) ? 0 : counts.getLong(1), counts.isNullAt(2) ? 0 : counts.getLong(2),
          counts.getLong(3));
    } finally {
      outcomes.unpersist();
    }
  }

  /**
   * The outcome of every tenant at every date, lazily: one row per tenant and date evaluated, or
   * one per tenant rejected.
   *
   * @param spark the session
   * @param settings the settings (input, dates, options, limits)
   * @return the outcomes
   */
  static Dataset<TenantOutcome> outcomes(SparkSession spark, Settings settings) {
    Dataset<TenantInput> input = read(spark, settings);
    if (settings.partitions() > 0) {
      input = input.repartition(settings.partitions());
    }
    return input.mapPartitions(new TenantEvaluation(settings.dates(), settings.disabledRules(),
        settings.timeLimit(), settings.limits()), Encoders.bean(TenantOutcome.class));
  }

  private static Dataset<TenantInput> read(SparkSession spark, Settings settings) {
    if (!spark.conf().contains("spark.sql.files.maxPartitionBytes")) {
      // Evaluation, not reading, is the cost: smaller splits than Spark's 128 MB keep every core busy.
      spark.conf().set("spark.sql.files.maxPartitionBytes", DEFAULT_SPLIT);
    }
    JavaRDD<TenantInput> rows;
    if (settings.inputFormat().equals("parquet")) {
      Dataset<Row> table = spark.read().parquet(settings.input());
      Column disabled = java.util.Arrays.asList(table.columns()).contains("disabled_rules")
          ? col("disabled_rules").cast("array<string>")
          : lit(null).cast("array<string>");
      rows = table.select(col("tenant").cast("string"), col("model").cast("string"), disabled)
          .javaRDD().zipWithIndex().map(t -> {
            TenantInput in = new TenantInput(t._2() + 1, null, t._1().getString(0),
                t._1().getString(1));
            if (!t._1().isNullAt(2)) {
              in.setDisabledRules(new java.util.ArrayList<>(t._1().getList(2)));
            }
            return in;
          });
    } else {
      rows = spark.read().text(settings.input()).javaRDD().zipWithIndex()
          .map(t -> new TenantInput(t._2() + 1, t._1().getString(0), null, null));
    }
    return spark.createDataset(rows.rdd(), Encoders.bean(TenantInput.class));
  }

  static Dataset<Row> summaries(Dataset<TenantOutcome> outcomes) {
    return outcomes.filter(col("verdict").isNotNull()).select(col("tenant"),
        col("asOf").as("as_of"), col("verdict"), col("major"), col("minor"), col("observation"),
        col("opportunity"), col("catalog"));
  }

  static Dataset<Row> findings(Dataset<TenantOutcome> outcomes) {
    return outcomes.filter(col("verdict").isNotNull())
        .select(col("tenant"), col("asOf"), col("catalog"), explode(col("findings")).as("f"))
        .select(col("tenant"), col("asOf").as("as_of"), col("f.id").as("finding_id"),
            col("f.ruleId").as("rule_id"), col("f.requirement").as("requirement"),
            col("f.severity").as("severity"), col("f.pointer").as("pointer"),
            col("f.message").as("message"), col("catalog"));
  }

  static Dataset<Row> rejects(Dataset<TenantOutcome> outcomes) {
    return outcomes.filter(size(col("problems")).gt(0))
        .select(col("tenant"), col("line"), col("asOf"), explode(col("problems")).as("p"))
        .select(col("tenant"), col("line"), col("asOf").as("as_of"), col("p.kind").as("kind"),
            col("p.pointer").as("pointer"), col("p.message").as("message"),
            col("p.errorClass").as("error_class"));
  }
}
