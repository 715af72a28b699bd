package org.aimsrules.benchmarks;

import java.io.File;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times one workload on two builds of the library in the same JVM, alternating between them, so
 * that both see the same machine: on a noisy virtual machine, runs of one build minutes apart
 * differ by more than most changes do, and a ratio taken this way is steadier than two JMH runs
 * back to back.
 *
 * <p>Each build gets its own class loader over its class path (its core, catalog and benchmark
 * jars and their dependencies), so that two versions of the same classes run side by side; the
 * workload is driven by reflection through the public API. After warm-up rounds, each round runs a
 * batch of operations on one build and then on the other (the first alternating between rounds),
 * and records the thread's CPU time per operation. It prints each round and then, per build, the
 * median and the quartiles, and the median of the per-round ratios.
 *
 * <p>Usage: {@code java -cp target/classes:$(cat target/classpath.txt)
 * org.aimsrules.benchmarks.SideBySide <before class path> <after class path> <workload>
 * [rounds] [batch] [warm-up rounds]}, where the workload is {@code evaluate:<sample>} (a bundled
 * sample, as in {@link BenchmarkModels#SAMPLES}), {@code generated:<n>} (a generated organization of
 * n AI systems, {@link OrganizationGenerator}, seed 1) or {@code replace:<n>} (the
 * {@code IncrementalBenchmark} change on a generated organization of n AI systems). Defaults: 15
 * rounds, a batch of 200, 10 warm-up rounds. A class path is a list of jars and directories as
 * {@code java -cp} takes it.
 */
public final class SideBySide {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  private SideBySide() {}

  /** One operation of the workload on one build. */
  private interface Operation {
    void run() throws ReflectiveOperationException;
  }

  /**
   * Runs the comparison.
   *
   * @param args before class path, after class path, workload, then optionally rounds, batch size
   *     and warm-up rounds
   * @throws Exception when a build cannot be loaded or the workload fails
   */
  public static void main(String[] args) throws Exception {
    run(args, System.out);
  }

  /**
   * Runs the comparison, printing to a stream.
   *
   * @param args as for {@link #main}
   * @param out where the rounds and the summary go
   * @throws Exception when a build cannot be loaded or the workload fails
   */
  static void run(String[] args, PrintStream out) throws Exception {
    if (args.length < 3) {
      throw new IllegalArgumentException(
          "usage: SideBySide <before class path> <after class path> <workload> [rounds] [batch] [warm-up]");
    }
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    int batch = args.length > 4 ? Integer.parseInt(args[4]) : 200;
    int warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 10;
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader beforeBuild = loader(args[0]); URLClassLoader afterBuild = loader(args[1])) {
      compare(operation(beforeBuild, args[2]), operation(afterBuild, args[2]), args[2], rounds, batch,
          warmUp, out);
    } finally {
      Thread.currentThread().setContextClassLoader(context);
    }
  }

  private static void compare(Operation before, Operation after, String workload, int rounds,
      int batch, int warmUp, PrintStream out) throws ReflectiveOperationException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] b = new double[rounds];
    double[] a = new double[rounds];
    double[] ratios = new double[rounds];
    for (int r = -warmUp; r < rounds; r++) {
      boolean beforeFirst = (r & 1) == 0;
      double first = time(beforeFirst ? before : after, batch, threads);
      double second = time(beforeFirst ? after : before, batch, threads);
      if (r < 0) {
        continue;
      }
      b[r] = beforeFirst ? first : second;
      a[r] = beforeFirst ? second : first;
      ratios[r] = b[r] / a[r];
      out.printf(Locale.ROOT, "round %2d  before %9.3f ms  after %9.3f ms  before/after %.2f%n",
          r + 1, b[r], a[r], ratios[r]);
    }
    out.printf(Locale.ROOT, "%s, %d rounds of %d operations, CPU time per operation:%n",
        workload, rounds, batch);
    out.printf(Locale.ROOT, "before  median %.3f ms (quartiles %.3f to %.3f)%n",
        quantile(b, 0.5), quantile(b, 0.25), quantile(b, 0.75));
    out.printf(Locale.ROOT, "after   median %.3f ms (quartiles %.3f to %.3f)%n",
        quantile(a, 0.5), quantile(a, 0.25), quantile(a, 0.75));
    out.printf(Locale.ROOT, "before/after per round: median %.2f (quartiles %.2f to %.2f)%n",
        quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75));
  }

  private static double time(Operation op, int batch, ThreadMXBean threads)
      throws ReflectiveOperationException {
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < batch; i++) {
      op.run();
    }
    return (threads.getCurrentThreadCpuTime() - start) / 1e6 / batch;
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = (int) Math.ceil(at);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  }

  private static URLClassLoader loader(String classPath) throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    // The platform loader as parent: nothing of the library, Drools or Jackson is shared.
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  /**
   * The workload's operation on one build. Drools finds its services through the thread's context
   * class loader, so that is the build's loader while the workload is built and whenever it runs.
   */
  private static Operation operation(ClassLoader loader, String workload)
      throws ReflectiveOperationException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Operation op = build(loader, workload);
      return () -> {
        thread.setContextClassLoader(loader);
        op.run();
      };
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static Operation build(ClassLoader loader, String workload)
      throws ReflectiveOperationException {
    String kind = workload.substring(0, workload.indexOf(':'));
    String arg = workload.substring(workload.indexOf(':') + 1);
    Object evaluator = loader.loadClass("org.aimsrules.catalog.Iso42001").getMethod("evaluator")
        .invoke(null);
    Class<?> optionsType = loader.loadClass("org.aimsrules.core.engine.EvaluationOptions");
    Object builder = optionsType.getMethod("builder").invoke(null);
    builder = builder.getClass().getMethod("asOf", LocalDate.class).invoke(builder, AS_OF);
    Object options = builder.getClass().getMethod("build").invoke(builder);
    Class<?> modelType = loader.loadClass("org.aimsrules.core.model.AimsModel");
    Object model;
    if (kind.equals("evaluate")) {
      Class<?> samples = loader.loadClass("org.aimsrules.benchmarks.BenchmarkModels");
      Object tree = samples.getMethod("sample", String.class).invoke(null, arg);
      model = method(samples, "model").invoke(null, tree);
    } else {
      model = loader.loadClass("org.aimsrules.benchmarks.OrganizationGenerator")
          .getMethod("generate", int.class, long.class).invoke(null, Integer.parseInt(arg), 1L);
    }
    if (kind.equals("evaluate") || kind.equals("generated")) {
      Method evaluate = evaluator.getClass().getMethod("evaluate", modelType, optionsType);
      Object m = model;
      return () -> evaluate.invoke(evaluator, m, options);
    }
    if (!kind.equals("replace")) {
      throw new IllegalArgumentException("unknown workload " + workload);
    }
    Object session = evaluator.getClass().getMethod("openSession", modelType, optionsType)
        .invoke(evaluator, model, options);
    List<?> systems = (List<?>) modelType.getMethod("aiSystems").invoke(model);
    Object original = systems.get(systems.size() / 2);
    Object toBuilder = original.getClass().getMethod("toBuilder").invoke(original);
    toBuilder = method(toBuilder.getClass(), "intendedPurpose").invoke(toBuilder, (Object) null);
    Object changed = toBuilder.getClass().getMethod("build").invoke(toBuilder);
    Method replace = method(session.getClass(), "replace");
    boolean[] flip = {false};
    return () -> {
      flip[0] = !flip[0];
      replace.invoke(session, flip[0] ? changed : original);
    };
  }

  /** The public one-argument method of that name. */
  private static Method method(Class<?> type, String name) throws NoSuchMethodException {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1) {
        return m;
      }
    }
    throw new NoSuchMethodException(type.getName() + "." + name);
  }
}
