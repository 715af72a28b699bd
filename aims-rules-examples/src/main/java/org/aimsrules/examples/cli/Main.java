package org.aimsrules.examples.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code aims-rules} command-line program. See {@link Cli} for the commands; this class only
 * binds it to the process: standard streams and the exit code.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the program and exits with its exit code.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new Cli(out, err).run(args));
  }
}
