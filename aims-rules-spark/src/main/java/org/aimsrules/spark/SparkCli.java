package org.aimsrules.spark;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.aimsrules.core.format.OutputSafety;
import org.aimsrules.core.io.ReadLimits;
import org.aimsrules.spark.internal.ExecutorEvaluator;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;

/**
 * The command line of {@code aims-rules-spark.jar}, in the style of the {@code aims-rules}
 * program: one line to standard error per error, no stack trace (unless {@code --debug}), exit
 * code 0 when the job ran, 2 for bad usage or input that cannot be read as a whole, 3 for an
 * internal error. A tenant's bad model is never an error of the job: it is a row of
 * {@code rejects}.
 */
public final class SparkCli {
  /** The job ran. */
  public static final int OK = 0;
  /** Bad usage, or an input or output that cannot be used. */
  public static final int BAD_INPUT = 2;
  /** A bug or the machine. */
  public static final int INTERNAL_ERROR = 3;

  /** Time limit of one tenant's evaluation at one date when {@code --time-limit} is not given. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

  static final String USAGE = """
      Usage: java -jar aims-rules-spark.jar COMMAND [OPTIONS]
             spark-submit --class org.aimsrules.spark.Main aims-rules-spark.jar COMMAND [OPTIONS]

      Commands:
        evaluate-tenants --input IN --output OUT
            [--input-format jsonl|parquet]   default: parquet when IN ends with .parquet, else jsonl
            [--format parquet|json]          output format, default parquet
            [--as-of DATE | --as-of-range FROM..TO --every PERIOD]   default: today (UTC)
            [--disable RULE_ID]...           rules to disable (repeatable)
            [--time-limit DURATION]          per tenant and date, ISO-8601, default PT60S
            [--partitions N]                 evaluate in N partitions (default: the input's splits)
            [--overwrite] [--master MASTER]
          Writes OUT/summaries, OUT/findings and OUT/rejects.
        diff-findings --before OUT1 --after OUT2 --output OUT3
            [--format parquet|json] [--overwrite] [--master MASTER]
          Writes OUT3/added, OUT3/removed and OUT3/rules.
        help

      The master is --master, else spark.master (spark-submit), else local[*].
      Exit codes: 0 done, 2 bad usage or input, 3 internal error.
      """;

  private final PrintStream out;
  private final PrintStream err;
  private final SparkSession session;

  /**
   * A command line that builds (and stops) its own Spark session.
   *
   * @param out standard output
   * @param err standard error
   */
  public SparkCli(PrintStream out, PrintStream err) {
    this(out, err, null);
  }

  /**
   * A command line that runs its jobs in a given session (left running; {@code --master} is then
   * refused).
   *
   * @param out standard output
   * @param err standard error
   * @param session the session, or {@code null} to build one per run
   */
  public SparkCli(PrintStream out, PrintStream err, SparkSession session) {
    this.out = out;
    this.err = err;
    this.session = session;
  }

  /**
   * Runs one command.
   *
   * @param arguments the command line
   * @return the exit code
   */
  public int run(String... arguments) {
    List<String> all = List.of(arguments);
    boolean debug = all.contains("--debug");
    List<String> args = all.stream().filter(a -> !a.equals("--debug")).toList();
    try {
      if (args.isEmpty()) {
        err.print(USAGE);
        return BAD_INPUT;
      }
      List<String> rest = args.subList(1, args.size());
      return switch (args.get(0)) {
        case "evaluate-tenants" -> evaluate(Options.parse(rest, Set.of("--input", "--output",
            "--input-format", "--format", "--as-of", "--as-of-range", "--every", "--disable",
            "--time-limit", "--partitions", "--master"), Set.of("--overwrite")));
        case "diff-findings" -> diff(Options.parse(rest, Set.of("--before", "--after",
            "--output", "--format", "--master"), Set.of("--overwrite")));
        case "help", "--help", "-h" -> {
          out.print(USAGE);
          yield OK;
        }
        default -> throw new UsageException("unknown command '" + args.get(0) + "'");
      };
    } catch (UsageException | IllegalArgumentException e) {
      err.println("aims-rules-spark: " + OutputSafety.terminal(String.valueOf(e.getMessage())));
      err.println("Run 'aims-rules-spark help' for usage.");
      return BAD_INPUT;
    } catch (Exception | Error e) {
      if (e instanceof AnalysisException) {
        // A path that does not exist, a table without the expected columns, an output that exists
        // (Spark throws it undeclared).
        err.println("aims-rules-spark: " + OutputSafety.terminal(firstLine(e.getMessage())));
        return BAD_INPUT;
      }
      err.println("aims-rules-spark: internal error: " + e.getClass().getName()
          + OutputSafety.terminal(e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
          + (debug ? "" : " (run with --debug for details)"));
      if (debug) {
        e.printStackTrace(err);
      }
      return INTERNAL_ERROR;
    }
  }

  private int evaluate(Options o) {
    String input = o.required("--input");
    String output = o.required("--output");
    String inputFormat = o.value("--input-format",
        input.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet") ? "parquet"
            : "jsonl");
    List<LocalDate> dates = dates(o);
    Duration timeLimit;
    try {
      timeLimit = Duration.parse(o.value("--time-limit", DEFAULT_TIME_LIMIT.toString()));
    } catch (DateTimeParseException e) {
      throw new UsageException("--time-limit must be an ISO-8601 duration (PT60S), not '"
          + o.value("--time-limit") + "'");
    }
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new UsageException("--time-limit must be positive");
    }
    int partitions;
    try {
      partitions = Integer.parseInt(o.value("--partitions", "0"));
    } catch (NumberFormatException e) {
      throw new UsageException("--partitions must be a number, not '" + o.value("--partitions")
          + "'");
    }
    Set<String> known = o.values("--disable").isEmpty() ? Set.of()
        : ExecutorEvaluator.ruleIds();
    List<String> unknown = o.values("--disable").stream().filter(r -> !known.contains(r)).toList();
    if (!unknown.isEmpty()) {
      throw new UsageException("--disable names rules the packs do not have: " + unknown);
    }
    EvaluateTenants.Settings settings = new EvaluateTenants.Settings(input, inputFormat, output,
        o.value("--format", "parquet"), dates, o.values("--disable"), timeLimit,
        ReadLimits.DEFAULTS, partitions, o.flag("--overwrite"));
    return withSession(o, "evaluate-tenants", spark -> {
      EvaluateTenants.Result r = EvaluateTenants.run(spark, settings);
      out.println("evaluate-tenants: " + r.summaries() + " summaries (" + dates.size()
          + (dates.size() == 1 ? " date" : " dates") + "), " + r.findings() + " findings, "
          + r.rejects() + " rejects (" + r.rejectedTenants() + " lines) in "
          + OutputSafety.terminal(output));
    });
  }

  private int diff(Options o) {
    DiffFindings.Settings settings = new DiffFindings.Settings(o.required("--before"),
        o.required("--after"), o.required("--output"), o.value("--format", "parquet"),
        o.flag("--overwrite"));
    return withSession(o, "diff-findings", spark -> {
      DiffFindings.Result r = DiffFindings.run(spark, settings);
      out.println("diff-findings: " + r.added() + " findings added, " + r.removed()
          + " removed, " + r.rules() + " rule rows in " + OutputSafety.terminal(settings.output()));
    });
  }

  private static List<LocalDate> dates(Options o) {
    String asOf = o.value("--as-of");
    String range = o.value("--as-of-range");
    String every = o.value("--every");
    if (asOf != null && range != null) {
      throw new UsageException("give either --as-of or --as-of-range, not both");
    }
    if ((range == null) != (every == null)) {
      throw new UsageException("--as-of-range and --every go together");
    }
    if (range != null) {
      return AsOfDates.parse(range, every);
    }
    if (asOf != null) {
      try {
        return List.of(LocalDate.parse(asOf));
      } catch (DateTimeParseException e) {
        throw new UsageException("--as-of must be an ISO date (2026-11-30), not '" + asOf + "'");
      }
    }
    // One date for the whole job, decided once here, whatever the executors' clocks and zones.
    return List.of(LocalDate.now(ZoneOffset.UTC));
  }

  private int withSession(Options o, String job, java.util.function.Consumer<SparkSession> body) {
    if (session != null) {
      if (o.value("--master") != null) {
        throw new UsageException("--master cannot be given here: the session is running");
      }
      body.accept(session);
      return OK;
    }
    SparkSession.Builder b = SparkSession.builder().appName("aims-rules-spark " + job);
    String master = o.value("--master");
    if (master != null) {
      b.master(master);
    } else if (!new SparkConf().contains("spark.master")) {
      b.master("local[*]");
    }
    SparkSession spark = b.getOrCreate();
    try {
      body.accept(spark);
      return OK;
    } finally {
      spark.stop();
    }
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /** Bad usage. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Parsed options: {@code --name value} pairs (a name may repeat) and flags. */
  static final class Options {
    private final Map<String, List<String>> values = new HashMap<>();
    private final Set<String> flags = new java.util.HashSet<>();

    static Options parse(List<String> args, Set<String> valued, Set<String> flags) {
      Options o = new Options();
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (flags.contains(a)) {
          o.flags.add(a);
        } else if (valued.contains(a)) {
          if (i + 1 >= args.size()) {
            throw new UsageException(a + " needs a value");
          }
          o.values.computeIfAbsent(a, k -> new ArrayList<>()).add(args.get(++i));
        } else {
          throw new UsageException("unknown option '" + a + "'");
        }
      }
      for (Map.Entry<String, List<String>> e : o.values.entrySet()) {
        if (e.getValue().size() > 1 && !e.getKey().equals("--disable")) {
          throw new UsageException(e.getKey() + " is given more than once");
        }
      }
      return o;
    }

    String value(String name) {
      List<String> v = values.get(name);
      return v == null ? null : v.get(0);
    }

    String value(String name, String otherwise) {
      String v = value(name);
      return v == null ? otherwise : v;
    }

    List<String> values(String name) {
      return values.getOrDefault(name, List.of());
    }

    String required(String name) {
      String v = value(name);
      if (v == null) {
        throw new UsageException(name + " is required");
      }
      return v;
    }

    boolean flag(String name) {
      return flags.contains(name);
    }
  }
}
