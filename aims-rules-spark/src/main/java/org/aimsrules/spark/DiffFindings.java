package org.aimsrules.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code diff-findings} job: the impact of a catalog change. Two outputs of
 * {@link EvaluateTenants} over the same tenants (the released catalog, then the candidate or the
 * catalog with a vendor pack) are joined on {@code (tenant, as_of, finding_id)}; only tenant-dates
 * evaluated in both runs (present in both {@code summaries}) are compared, so a tenant rejected or
 * failed in one run does not appear to gain or lose all its findings. Three tables are written:
 *
 * <ul>
 *   <li>{@code added}: the findings of the second run that the first did not have (the columns of
 *       {@code findings});</li>
 *   <li>{@code removed}: the findings of the first run that the second does not have;</li>
 *   <li>{@code rules}: per {@code rule_id} and {@code as_of}, {@code tenants_gained} (tenants with a
 *       finding of the rule after and none before), {@code tenants_lost} (the reverse),
 *       {@code findings_added} and {@code findings_removed}; only rules with a change, ordered by
 *       rule and date, in one file.</li>
 * </ul>
 */
public final class DiffFindings {
  private static final List<String> KEY = List.of("tenant", "as_of", "finding_id");
  private static final String SUMMARIES_JSON = "tenant STRING, as_of STRING, verdict STRING, "
      + "major INT, minor INT, observation INT, opportunity INT, catalog STRING";
  private static final String FINDINGS_JSON = "tenant STRING, as_of STRING, finding_id STRING, "
      + "rule_id STRING, requirement STRING, severity STRING, pointer STRING, message STRING, "
      + "catalog STRING";

  private DiffFindings() {}

  /**
   * The settings of one diff.
   *
   * @param before the output directory of the first run
   * @param after the output directory of the second run
   * @param output the output directory of the diff
   * @param format the format of the runs and of the diff, {@code parquet} or {@code json}
   * @param overwrite whether to replace the output tables when they exist
   */
  public record Settings(String before, String after, String output, String format,
      boolean overwrite) {
    /** Checks the settings. */
    public Settings {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(output, "output");
      format = format.toLowerCase(Locale.ROOT);
      if (!format.equals("json") && !format.equals("parquet")) {
        throw new IllegalArgumentException("format must be parquet or json, not '" + format + "'");
      }
    }
  }

  /**
   * What a diff wrote.
   *
   * @param added findings added
   * @param removed findings removed
   * @param rules rows of the per-rule table
   */
  public record Result(long added, long removed, long rules) {}

  /**
   * Runs the diff and writes its three tables.
   *
   * @param spark the session
   * @param settings the settings
   * @return the number of rows written
   */
  public static Result run(SparkSession spark, Settings settings) {
    Dataset<Row> before = compared(spark, settings, settings.before(), settings.after());
    Dataset<Row> after = compared(spark, settings, settings.after(), settings.before());
    Dataset<Row> added = after.join(before.select("tenant", "as_of", "finding_id"),
        scala(KEY), "left_anti");
    Dataset<Row> removed = before.join(after.select("tenant", "as_of", "finding_id"),
        scala(KEY), "left_anti");

    Dataset<Row> rulesBefore = before.select("tenant", "as_of", "rule_id").distinct();
    Dataset<Row> rulesAfter = after.select("tenant", "as_of", "rule_id").distinct();
    Dataset<Row> gained = rulesAfter.except(rulesBefore).groupBy("rule_id", "as_of")
        .agg(count(lit(1)).as("tenants_gained"));
    Dataset<Row> lost = rulesBefore.except(rulesAfter).groupBy("rule_id", "as_of")
        .agg(count(lit(1)).as("tenants_lost"));
    Dataset<Row> addedPerRule = added.groupBy("rule_id", "as_of")
        .agg(count(lit(1)).as("findings_added"));
    Dataset<Row> removedPerRule = removed.groupBy("rule_id", "as_of")
        .agg(count(lit(1)).as("findings_removed"));
    List<String> ruleKey = List.of("rule_id", "as_of");
    Dataset<Row> rules = addedPerRule.join(removedPerRule, scala(ruleKey), "full_outer")
        .join(gained, scala(ruleKey), "full_outer")
        .join(lost, scala(ruleKey), "full_outer")
        .select(col("rule_id"), col("as_of"),
            coalesce(col("tenants_gained"), lit(0L)).as("tenants_gained"),
            coalesce(col("tenants_lost"), lit(0L)).as("tenants_lost"),
            coalesce(col("findings_added"), lit(0L)).as("findings_added"),
            coalesce(col("findings_removed"), lit(0L)).as("findings_removed"))
        .orderBy(col("rule_id"), col("as_of"))
        .coalesce(1);

    SaveMode mode = settings.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    String out = dir(settings.output());
    added.write().mode(mode).format(settings.format()).save(out + "added");
    removed.write().mode(mode).format(settings.format()).save(out + "removed");
    rules.write().mode(mode).format(settings.format()).save(out + "rules");
    return new Result(rows(spark, settings, out + "added"), rows(spark, settings,
        out + "removed"), rows(spark, settings, out + "rules"));
  }

  /** The findings of one run at the tenant-dates that the other run evaluated too. */
  private static Dataset<Row> compared(SparkSession spark, Settings settings, String run,
      String other) {
    Dataset<Row> findings = load(spark, settings, run, "findings");
    Dataset<Row> both = load(spark, settings, run, "summaries").select("tenant", "as_of")
        .join(load(spark, settings, other, "summaries").select("tenant", "as_of"),
            scala(List.of("tenant", "as_of")), "left_semi");
    return findings.join(both, scala(List.of("tenant", "as_of")), "left_semi");
  }

  private static Dataset<Row> load(SparkSession spark, Settings settings, String run,
      String table) {
    Dataset<Row> t = read(spark, settings, dir(run) + table,
        table.equals("findings") ? FINDINGS_JSON : SUMMARIES_JSON);
    // JSON has no date type: read back, as_of is a string; compare it as a date in both formats.
    return t.withColumn("as_of", col("as_of").cast("date"));
  }

  private static long rows(SparkSession spark, Settings settings, String path) {
    return read(spark, settings, path, "rule_id STRING").count();
  }

  /**
   * Reads a table of a run. JSON has no schema of its own, so it is read with the one given: an
   * empty table would otherwise have no columns at all.
   */
  private static Dataset<Row> read(SparkSession spark, Settings settings, String path,
      String jsonSchema) {
    DataFrameReader reader = spark.read().format(settings.format());
    if (settings.format().equals("json")) {
      reader = reader.schema(jsonSchema);
    }
    return reader.load(path);
  }

  private static String dir(String path) {
    return path.endsWith("/") ? path : path + "/";
  }

  private static scala.collection.immutable.Seq<String> scala(List<String> columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(columns).toSeq();
  }
}
