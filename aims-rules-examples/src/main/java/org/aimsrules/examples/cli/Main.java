package org.aimsrules.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code aims-rules} command-line program. See {@link Cli} for the commands; this class only
 * binds it to the process: standard streams and the exit code. {@link Launcher} may first hand the
 * run to a faster-starting child JVM.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the program and exits with its exit code.
   *
   * @param args command-line arguments
   * @throws IOException when a training run cannot record its JVM
   */
  public static void main(String[] args) throws IOException {
    String train = System.getProperty(Launcher.TRAIN_PROPERTY);
    if (train != null) {
      Launcher.train(Path.of(train));
      return;
    }
    Optional<Integer> child = Launcher.relaunch(args);
    if (child.isPresent()) {
      System.exit(child.get());
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(new Cli(out, err).run(args));
  }
}
