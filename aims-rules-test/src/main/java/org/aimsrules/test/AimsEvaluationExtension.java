package org.aimsrules.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.engine.RulePack;
import org.aimsrules.core.engine.RulePacks;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.io.Problem;
import org.aimsrules.core.io.WaiverReader;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Waiver;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link AimsEvaluation}: resolves parameters of type
 * {@link EvaluationReport}, {@link Evaluator} and {@link AimsModel}.
 *
 * <p>Evaluators, models and reports are kept in the root extension store, so they are shared by the
 * whole test run: one evaluator per set of pack ids (its rule bases load once), one model per
 * source, one report per model, date, packs and waivers. A model or waivers file that cannot be read
 * fails the test with the reader's message, which lists every problem with its JSON Pointer.
 */
public final class AimsEvaluationExtension implements ParameterResolver {
  private static final Namespace NAMESPACE = Namespace.create(AimsEvaluationExtension.class);
  private static final String CLASSPATH = "classpath:";

  /** Creates the extension; JUnit does, through {@link AimsEvaluation}. */
  public AimsEvaluationExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == EvaluationReport.class || type == Evaluator.class || type == AimsModel.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    AimsEvaluation config = configuration(context);
    Class<?> type = parameter.getParameter().getType();
    ClassLoader loader = loader(context);
    Store store = context.getRoot().getStore(NAMESPACE);
    List<RulePack> packs = packs(config, loader);
    String packKey = packs.stream().map(RulePack::id).collect(Collectors.joining(","));
    Evaluator evaluator = store.getOrComputeIfAbsent("evaluator:" + packKey, k -> {
      Evaluator.Builder builder = Evaluator.builder();
      packs.forEach(builder::rulePack);
      return builder.build();
    }, Evaluator.class);
    if (type == Evaluator.class) {
      return evaluator;
    }
    if (config.model().isBlank()) {
      throw failure("@AimsEvaluation names no model: set model = \"classpath:...\" or a file path");
    }
    AimsModel model = cached(store, "model:" + config.model(), k -> readModel(config.model(), loader),
        AimsModel.class);
    if (type == AimsModel.class) {
      return model;
    }
    LocalDate asOf = asOf(config);
    String reportKey = "report:" + packKey + "|" + config.model() + "|" + asOf + "|" + config.waivers();
    return cached(store, reportKey, k -> {
      EvaluationOptions.Builder options = EvaluationOptions.builder().asOf(asOf);
      if (!config.waivers().isBlank()) {
        options.waivers(readWaivers(config.waivers(), evaluator, loader));
      }
      try {
        return evaluator.evaluate(model, options.build());
      } catch (InvalidModelException e) {
        throw failure("@AimsEvaluation model " + safe(config.model()) + " is not a valid AIMS model"
            + problems(e.problems()));
      }
    }, EvaluationReport.class);
  }

  /** A value of the store, computed on first use; a failure is not kept, so each test reports it. */
  private static <V> V cached(Store store, String key, Function<String, V> compute, Class<V> type) {
    V value = store.get(key, type);
    if (value == null) {
      value = compute.apply(key);
      store.put(key, value);
    }
    return value;
  }

  private static AimsEvaluation configuration(ExtensionContext context) {
    for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent();
        c = c.get().getParent()) {
      Optional<AnnotatedElement> element = c.get().getElement();
      if (element.isPresent()) {
        Optional<AimsEvaluation> found =
            AnnotationSupport.findAnnotation(element.get(), AimsEvaluation.class);
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    throw failure("no @AimsEvaluation on the test method or its classes");
  }

  private static ClassLoader loader(ExtensionContext context) {
    return context.getTestClass().map(Class::getClassLoader)
        .orElseGet(() -> Thread.currentThread().getContextClassLoader());
  }

  private static List<RulePack> packs(AimsEvaluation config, ClassLoader loader) {
    List<RulePack> available = RulePacks.discover(loader);
    if (available.isEmpty()) {
      throw failure("@AimsEvaluation finds no rule pack on the class path: add one, e.g. "
          + "org.aimsrules:aims-rules-catalog (pack iso42001)");
    }
    if (config.packs().length == 0) {
      return available;
    }
    List<RulePack> chosen = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String id : new TreeSet<>(Arrays.asList(config.packs()))) {
      available.stream().filter(p -> p.id().equals(id)).findFirst()
          .ifPresentOrElse(chosen::add, () -> missing.add(id));
    }
    if (!missing.isEmpty()) {
      throw failure("@AimsEvaluation names rule packs that are not on the class path: " + missing
          + "; available: " + available.stream().map(RulePack::id).toList());
    }
    return chosen;
  }

  private static LocalDate asOf(AimsEvaluation config) {
    if (config.asOf().isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(config.asOf().strip());
    } catch (DateTimeParseException e) {
      throw failure("@AimsEvaluation asOf \"" + safe(config.asOf())
          + "\" is not an ISO date (YYYY-MM-DD)");
    }
  }

  private static AimsModel readModel(String source, ClassLoader loader) {
    try (InputStream in = open(source, "model", loader)) {
      return AimsModelReader.create().read(in);
    } catch (InvalidModelException e) {
      throw failure("@AimsEvaluation model " + safe(source) + " is not a valid AIMS model"
          + problems(e.problems()));
    } catch (IOException | UncheckedIOException e) {
      throw failure("@AimsEvaluation model " + safe(source) + " cannot be read: " + e.getMessage());
    }
  }

  private static List<Waiver> readWaivers(String source, Evaluator evaluator, ClassLoader loader) {
    try (InputStream in = open(source, "waivers", loader)) {
      return WaiverReader.forCatalog(evaluator.catalog()).read(in);
    } catch (InvalidModelException e) {
      throw failure("@AimsEvaluation waivers " + safe(source) + " are not a valid waivers file"
          + problems(e.problems()));
    } catch (IOException | UncheckedIOException e) {
      throw failure("@AimsEvaluation waivers " + safe(source) + " cannot be read: " + e.getMessage());
    }
  }

  private static InputStream open(String source, String what, ClassLoader loader)
      throws IOException {
    if (source.startsWith(CLASSPATH)) {
      String name = source.substring(CLASSPATH.length());
      name = name.startsWith("/") ? name.substring(1) : name;
      InputStream in = loader.getResourceAsStream(name);
      if (in == null) {
        throw failure("@AimsEvaluation " + what + " " + safe(source)
            + ": no such class-path resource");
      }
      return in;
    }
    Path file = Path.of(source);
    if (!Files.isRegularFile(file)) {
      throw failure("@AimsEvaluation " + what + " " + safe(source) + ": no such file ("
          + safe(file.toAbsolutePath().toString()) + ")");
    }
    return Files.newInputStream(file);
  }

  private static String problems(List<Problem> problems) {
    return ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + problems.stream().map(p -> "\n  " + safe(p.toString())).collect(Collectors.joining());
  }

  private static String safe(String s) {
    return Render.safe(s);
  }

  /**
   * The failure of a test whose {@code @AimsEvaluation} input is wrong: the message says it all, so
   * it carries no stack trace of the extension.
   */
  private static ParameterResolutionException failure(String message) {
    ParameterResolutionException e = new ParameterResolutionException(message);
    e.setStackTrace(new StackTraceElement[0]);
    return e;
  }
}
