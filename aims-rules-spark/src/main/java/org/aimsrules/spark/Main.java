package org.aimsrules.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The entry point of {@code aims-rules-spark.jar}, for {@code java -jar} and for
 * {@code spark-submit --class org.aimsrules.spark.Main}. See {@link SparkCli} for the commands;
 * this class only binds it to the process. Run with {@code java -jar}, Spark's own logging is
 * quieted to warnings unless a Log4j 2 configuration is given
 * ({@code -Dlog4j2.configurationFile=...}); under {@code spark-submit} the cluster's logging
 * configuration applies.
 */
public final class Main {
  /** The Log4j 2 configuration used when none is given: warnings and errors only. */
  static final String QUIET_LOGGING = "org/aimsrules/spark/log4j2-quiet.properties";

  private Main() {}

  /**
   * Runs the program and exits with its exit code.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    if (System.getProperty("log4j2.configurationFile") == null
        && System.getProperty("spark.master") == null) {
      System.setProperty("log4j2.configurationFile", "classpath:" + QUIET_LOGGING);
    }
    // What Spark's launcher passes to its JVMs (JavaModuleOptions); the jar's manifest opens the
    // packages.
    if (System.getProperty("io.netty.tryReflectionSetAccessible") == null) {
      System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new SparkCli(out, err).run(args));
  }
}
