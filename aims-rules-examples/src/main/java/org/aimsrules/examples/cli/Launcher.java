package org.aimsrules.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the program fast: when the jar was run as plain {@code java -jar aims-rules.jar ...} and a
 * class-data-sharing archive made by this very JVM sits beside the jar ({@value #ARCHIVE}, with the
 * JVM that made it recorded in {@value #ARCHIVE_VERSION}), the program runs in a child JVM that maps
 * the archive and compiles with C1 only, which together cut a cold run by well over half; the parent
 * only waits, passing the standard streams through and returning the child's exit code. The build
 * makes the archive at package time (see the examples' pom). Anything else (no archive, an archive
 * of another JVM, JVM options on the command line, {@code -D}{@value #PROPERTY}{@code =false} or the
 * environment variable {@value #ENV}{@code =0}) runs the program in this JVM, as before.
 *
 * <p>This class loads nothing of the program (no Jackson, no KIE) before it has decided.
 */
public final class Launcher {
  /** File name of the class-data-sharing archive beside the jar. */
  public static final String ARCHIVE = "aims-rules.jsa";
  /** File name of the record of the JVM that made the archive, beside the jar. */
  public static final String ARCHIVE_VERSION = "aims-rules.jsa.version";
  /** System property: {@code false} runs the program in this JVM. */
  public static final String PROPERTY = "aims.rules.relaunch";
  /** Environment variable: {@code 0} or {@code false} runs the program in this JVM. */
  public static final String ENV = "AIMS_RULES_RELAUNCH";
  /** System property that makes the JVM a training run for the archive; its value: the record file. */
  public static final String TRAIN_PROPERTY = "aims.rules.cds.train";

  /** JVM options of the child, besides the archive. */
  static final List<String> CHILD_OPTIONS = List.of(
      "-Xshare:auto",
      "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC",
      // An archive that does not fit (a moved or rebuilt jar) is dropped silently, never printed.
      "-Xlog:cds=off",
      "-Xlog:cds+dynamic=off",
      "-D" + PROPERTY + "=false");

  /**
   * A child on a machine of at most this many processors compiles on one thread instead of two:
   * with two processors, two C1 compiler threads beside the program's two threads made a cold run
   * about 0.1 s slower (1.32 s against 1.22 s median of the child alone, 15 interleaved runs each).
   */
  static final int ONE_COMPILER_THREAD_UP_TO = 2;

  private Launcher() {}

  /**
   * Identifies a JVM build: an archive is only used by the JVM build that made it.
   *
   * @return vendor, version and architecture of this JVM
   */
  public static String vmIdentity() {
    // join and concat, not +: the parent JVM bootstraps no invokedynamic call site before it decides
    return String.join(" ", System.getProperty("java.vm.vendor"),
        System.getProperty("java.vm.version"), System.getProperty("os.arch"));
  }

  /**
   * Decides whether to run the program in a child JVM, and how.
   *
   * @param property the value of the system property {@value #PROPERTY}, or null
   * @param env the value of the environment variable {@value #ENV}, or null
   * @param processArguments the arguments of this JVM's command line after the executable, or
   *     empty when unknown
   * @param jar the jar this class was loaded from, or null when not from a jar
   * @param classPath the value of {@code java.class.path}
   * @param javaHome the value of {@code java.home}
   * @param vmIdentity {@link #vmIdentity()} of this JVM
   * @param processors the number of processors available to this JVM
   * @param args the program's arguments
   * @return the child's command line, or empty to run the program in this JVM
   */
  public static Optional<List<String>> childCommand(String property, String env,
      Optional<String[]> processArguments, Path jar, String classPath, String javaHome,
      String vmIdentity, int processors, String[] args) {
    if ("false".equalsIgnoreCase(property) || "0".equals(env) || "false".equalsIgnoreCase(env)
        || jar == null || processArguments.isEmpty() || javaHome == null) {
      return Optional.empty();
    }
    // Only a plain "java -jar JAR ARGS": options the user gave this JVM stay in this JVM.
    String[] command = processArguments.get();
    if (command.length != args.length + 2 || !command[0].equals("-jar")
        || !command[1].equals(classPath)) {
      return Optional.empty();
    }
    Path dir = jar.toAbsolutePath().getParent();
    Path archive = dir.resolve(ARCHIVE);
    Path version = dir.resolve(ARCHIVE_VERSION);
    Path java = Path.of(javaHome, "bin", "java");
    if (!Files.isExecutable(java)) {
      java = Path.of(javaHome, "bin", "java.exe");
    }
    try {
      if (!Files.isRegularFile(archive) || !Files.isRegularFile(version)
          || !Files.isExecutable(java)
          || !Files.readString(version, StandardCharsets.UTF_8).strip().equals(vmIdentity)) {
        return Optional.empty();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    List<String> child = new ArrayList<>();
    child.add(java.toString());
    child.add("-XX:SharedArchiveFile=".concat(archive.toString()));
    child.addAll(CHILD_OPTIONS);
    if (processors <= ONE_COMPILER_THREAD_UP_TO) {
      child.add("-XX:CICompilerCount=1");
    }
    child.add("-jar");
    child.add(jar.toAbsolutePath().toString());
    child.addAll(List.of(args));
    return Optional.of(child);
  }

  /**
   * Runs the program in a child JVM when {@link #childCommand} says so.
   *
   * @param args the program's arguments
   * @return the child's exit code, or empty when the program is to run in this JVM
   */
  static Optional<Integer> relaunch(String[] args) {
    Optional<List<String>> command;
    try {
      command = childCommand(System.getProperty(PROPERTY), System.getenv(ENV),
          ProcessHandle.current().info().arguments(), jar(), System.getProperty("java.class.path"),
          System.getProperty("java.home"), vmIdentity(),
          Runtime.getRuntime().availableProcessors(), args);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    if (command.isEmpty()) {
      return Optional.empty();
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    Runtime.getRuntime().addShutdownHook(new Reaper(child));
    while (true) {
      try {
        return Optional.of(child.waitFor());
      } catch (InterruptedException e) {
        // keep waiting: the child owns the streams until it ends
      }
    }
  }

  /** Ends the child when this JVM is ended (a class, not a lambda: no bootstrap in the parent). */
  private static final class Reaper extends Thread {
    private final Process child;

    Reaper(Process child) {
      this.child = child;
    }

    @Override
    public void run() {
      child.destroy();
    }
  }

  private static Path jar() {
    try {
      var source = Launcher.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? path : null;
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * The training run of the archive (the build runs it under {@code -XX:ArchiveClassesAtExit}):
   * evaluates every sample in both formats, so that the archive holds what any evaluation loads,
   * then records this JVM's {@link #vmIdentity()}.
   *
   * @param record the file to record the JVM in
   * @throws IOException when the record cannot be written
   */
  static void train(Path record) throws IOException {
    PrintStream none = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    for (String sample : Samples.NAMES) {
      for (String format : List.of("text", "json")) {
        int code = new Cli(none, System.err).run("evaluate", "--sample", sample, "--format", format,
            "--as-of", "2026-11-30");
        if (code != Cli.OK) {
          throw new IllegalStateException("training run of " + sample + " ended with " + code);
        }
      }
    }
    new Cli(none, System.err).run("rules");
    Files.writeString(record, vmIdentity() + "\n", StandardCharsets.UTF_8);
  }
}
