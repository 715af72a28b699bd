package org.aimsrules.examples.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.engine.RulePack;
import org.aimsrules.core.engine.RulePacks;

/**
 * The command line's {@code --pack JAR}: each jar is opened in its own class loader (parent: the
 * program's), its packs found with {@link RulePacks#discover(ClassLoader)} and added beside the
 * ISO/IEC 42001 pack. A jar that cannot be used is one line of error, never a stack trace.
 */
final class PackJars {
  /** Evaluators by the jars they were built with; the ISO-only one is shared. */
  private static final Map<List<String>, Evaluator> CACHE = new HashMap<>();

  private PackJars() {}

  /**
   * An evaluator over the ISO/IEC 42001 pack and the packs of the jars.
   *
   * @param jars jar files, in the order given
   * @return the evaluator
   * @throws BadPackException when a jar is missing, holds no pack, or its pack cannot be loaded
   */
  static synchronized Evaluator evaluator(List<String> jars) {
    if (jars.isEmpty()) {
      return Iso42001.evaluator();
    }
    Evaluator cached = CACHE.get(jars);
    if (cached != null) {
      return cached;
    }
    ClassLoader parent = PackJars.class.getClassLoader();
    Set<String> present = RulePacks.discover(parent).stream().map(RulePack::id)
        .collect(Collectors.toSet());
    List<RulePack> packs = new ArrayList<>();
    packs.add(Iso42001.rulePack());
    for (String jar : jars) {
      Path path = path(jar);
      ClassLoader loader = loader(jar, path, parent);
      List<RulePack> found;
      try {
        found = RulePacks.discover(loader).stream().filter(p -> !present.contains(p.id())).toList();
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        throw new BadPackException("cannot load the rule pack in " + jar + ": " + firstLine(e));
      }
      if (found.isEmpty()) {
        throw new BadPackException("no rule pack in " + jar + " (it registers no "
            + "org.aimsrules.core.engine.RulePackProvider in META-INF/services)");
      }
      for (RulePack p : found) {
        present.add(p.id());
        packs.add(p);
      }
    }
    Evaluator evaluator;
    try {
      evaluator = Evaluator.builder().rulePacks(packs).build();
    } catch (RuntimeException | LinkageError e) {
      throw new BadPackException("cannot use the rule packs of " + String.join(", ", jars) + ": "
          + firstLine(e));
    }
    CACHE.put(List.copyOf(jars), evaluator);
    return evaluator;
  }

  private static Path path(String jar) {
    try {
      Path path = Path.of(jar);
      if (!Files.isRegularFile(path)) {
        throw new BadPackException("--pack: no such file: " + jar);
      }
      return path;
    } catch (InvalidPathException e) {
      throw new BadPackException("--pack: not a valid file name: " + jar);
    }
  }

  private static ClassLoader loader(String jar, Path path, ClassLoader parent) {
    try (JarFile ignored = new JarFile(path.toFile())) {
      // Only checks that the file is a jar: the class loader opens it again.
    } catch (IOException e) {
      throw new BadPackException("--pack: " + jar + " is not a jar: " + firstLine(e));
    }
    try {
      // Never closed: the pack's classes live as long as the evaluator built from them.
      return new URLClassLoader("aims-rules-pack", new URL[] {path.toUri().toURL()}, parent);
    } catch (MalformedURLException e) {
      throw new BadPackException("--pack: not a valid file name: " + jar);
    }
  }

  private static String firstLine(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && (t instanceof ServiceConfigurationError
        || t instanceof ExceptionInInitializerError
        || t instanceof java.lang.reflect.InvocationTargetException)) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
    return message.lines().findFirst().orElse("");
  }

  /** A jar given to {@code --pack} that cannot be used: exit code 2, one line. */
  static final class BadPackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadPackException(String message) {
      super(message);
    }
  }
}
