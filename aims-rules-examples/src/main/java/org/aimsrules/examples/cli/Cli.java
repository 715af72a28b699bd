package org.aimsrules.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.AimsSchema;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.io.Problem;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.ReportJson;
import org.aimsrules.core.report.ReportText;
import org.aimsrules.core.report.Severity;

/**
 * The commands of {@code aims-rules}: {@code evaluate}, {@code validate}, {@code rules},
 * {@code schema} and {@code samples}. Exit codes: 0 ok, 1 findings at or above {@code --fail-on},
 * 2 bad input or usage, 3 internal error. Bad input is reported as a list of problems with their
 * JSON Pointers, never as a stack trace.
 */
public final class Cli {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: findings at or above the {@code --fail-on} severity. */
  public static final int FINDINGS = 1;
  /** Exit code: bad input or usage. */
  public static final int BAD_INPUT = 2;
  /** Exit code: internal error (a bug: please report it). */
  public static final int INTERNAL_ERROR = 3;

  /** The sample {@code evaluate} uses when no file is given. */
  public static final String DEFAULT_SAMPLE = "startup-beginning-aims";

  private static final String USAGE = String.join("\n",
      "Usage: aims-rules <command> [options]",
      "",
      "Evaluates an AI management system against ISO/IEC 42001:2023.",
      "",
      "Commands:",
      "  evaluate [FILE] [--sample NAME] [--as-of DATE] [--format text|json]",
      "           [--fail-on major|minor|observation|opportunity]",
      "                      Evaluate an AIMS model (JSON). Without FILE, evaluates the bundled",
      "                      sample '" + DEFAULT_SAMPLE + "'. FILE '-' reads standard input.",
      "  validate FILE       Check that FILE ('-': standard input) is a valid AIMS model; list",
      "                      every problem.",
      "  rules [--format text|json]",
      "                      List the rule catalog with its metadata.",
      "  schema              Print the JSON Schema of the AIMS model.",
      "  samples             List the bundled sample organizations.",
      "  help                Show this help.",
      "",
      "Options for every command: --debug prints the stack trace of an internal error.",
      "",
      "Exit codes: 0 ok, 1 findings at or above --fail-on, 2 bad input or usage, 3 internal error.",
      "");

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  /**
   * Creates the program over the process's standard input and two output streams.
   *
   * @param out standard output: reports, lists, the schema
   * @param err standard error: problems and usage errors
   */
  public Cli(PrintStream out, PrintStream err) {
    this(System.in, out, err);
  }

  /**
   * Creates the program over three streams.
   *
   * @param in standard input: the model when FILE is '-'
   * @param out standard output: reports, lists, the schema
   * @param err standard error: problems and usage errors
   */
  public Cli(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs one command.
   *
   * @param args command-line arguments
   * @return the exit code
   */
  public int run(String... arguments) {
    List<String> all = List.of(arguments);
    boolean debug = all.contains("--debug");
    String[] args = all.stream().filter(a -> !a.equals("--debug")).toArray(String[]::new);
    try {
      if (args.length == 0) {
        err.print(USAGE);
        return BAD_INPUT;
      }
      List<String> rest = List.of(args).subList(1, args.length);
      return switch (args[0]) {
        case "evaluate" -> evaluate(Options.parse(rest, "--as-of", "--format", "--fail-on", "--sample"));
        case "validate" -> validate(Options.parse(rest));
        case "rules" -> rules(Options.parse(rest, "--format"));
        case "schema" -> schema(Options.parse(rest));
        case "samples" -> samples(Options.parse(rest));
        case "help", "--help", "-h" -> {
          out.print(USAGE);
          yield OK;
        }
        default -> throw new UsageException("unknown command '" + args[0] + "'");
      };
    } catch (UsageException e) {
      err.println("aims-rules: " + e.getMessage());
      err.println("Run 'aims-rules help' for usage.");
      return BAD_INPUT;
    } catch (InvalidModelException e) {
      if (e.problems().size() == 1) {
        err.println("aims-rules: the model is not valid: " + e.problems().get(0));
        return BAD_INPUT;
      }
      err.println("aims-rules: the model is not valid (" + e.problems().size() + " problems):");
      for (Problem p : e.problems()) {
        err.println("  " + p);
      }
      return BAD_INPUT;
    } catch (RuntimeException | Error e) {
      // One line, no stack trace (unless --debug): the cause is a bug or the machine, not the input.
      String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
      err.println("aims-rules: internal error: " + e.getClass().getName() + message
          + (debug ? "" : " (run with --debug for details)"));
      if (debug) {
        e.printStackTrace(err);
      }
      return INTERNAL_ERROR;
    }
  }

  private int evaluate(Options o) {
    if (o.positional().size() > 1) {
      throw new UsageException("evaluate takes at most one FILE");
    }
    if (!o.positional().isEmpty() && o.value("--sample") != null) {
      throw new UsageException("give either FILE or --sample, not both");
    }
    String format = o.value("--format", "text");
    if (!List.of("text", "json").contains(format)) {
      throw new UsageException("--format must be text or json, not '" + format + "'");
    }
    Severity failOn = null;
    if (o.value("--fail-on") != null) {
      try {
        failOn = Severity.valueOf(o.value("--fail-on").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--fail-on must be major, minor, observation or opportunity, not '"
            + o.value("--fail-on") + "'");
      }
    }
    EvaluationOptions.Builder options = EvaluationOptions.builder();
    if (o.value("--as-of") != null) {
      try {
        options.asOf(LocalDate.parse(o.value("--as-of")));
      } catch (DateTimeParseException e) {
        throw new UsageException("--as-of must be a date YYYY-MM-DD, not '" + o.value("--as-of") + "'");
      } catch (IllegalArgumentException e) {
        throw new UsageException("--as-of: " + e.getMessage());
      }
    }
    AimsModel model = o.positional().isEmpty()
        ? readSample(o.value("--sample", DEFAULT_SAMPLE))
        : readFile(o.positional().get(0));
    EvaluationReport report = Iso42001.evaluator().evaluate(model, options.build());
    out.print(format.equals("json") ? ReportJson.toJson(report) : ReportText.render(report));
    return failOn != null && report.hasFindingsAtLeast(failOn) ? FINDINGS : OK;
  }

  private int validate(Options o) {
    if (o.positional().size() != 1) {
      throw new UsageException("validate takes exactly one FILE");
    }
    AimsModel model = readFile(o.positional().get(0));
    String source = o.positional().get(0).equals("-") ? "(standard input)" : o.positional().get(0);
    out.println("valid: " + source + " (" + model.organization().name() + ", "
        + model.aiSystems().size() + " AI systems, " + model.documents().size() + " documents)");
    return OK;
  }

  private int rules(Options o) {
    noPositional(o);
    String format = o.value("--format", "text");
    List<RuleMetadata> rules = Iso42001.catalog().rules();
    switch (format) {
      case "json" -> {
        ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        try {
          Map<String, Object> doc = new LinkedHashMap<>();
          doc.put("catalog", Iso42001.catalog().id());
          doc.put("version", Iso42001.catalog().version());
          doc.put("rules", rules);
          out.println(mapper.writeValueAsString(doc));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
      case "text" -> {
        out.println(rules.size() + " rules in catalog " + Iso42001.catalog().id() + " "
            + Iso42001.catalog().version());
        for (RuleMetadata m : rules) {
          out.printf("%-12s %-58s %-11s %-11s %s%n", m.requirement(), m.id(), m.severity(),
              m.basis(), m.title());
        }
      }
      default -> throw new UsageException("--format must be text or json, not '" + format + "'");
    }
    return OK;
  }

  private int schema(Options o) {
    noPositional(o);
    out.print(AimsSchema.json());
    return OK;
  }

  private int samples(Options o) {
    noPositional(o);
    for (String name : Samples.NAMES) {
      out.println(name);
    }
    return OK;
  }

  private static void noPositional(Options o) {
    if (!o.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + o.positional().get(0) + "'");
    }
  }

  private AimsModel readFile(String file) {
    if (file.equals("-")) {
      try {
        return AimsModelReader.create().read(in);
      } catch (UncheckedIOException e) {
        throw new UsageException("cannot read standard input: " + e.getCause().getMessage());
      }
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (java.nio.file.InvalidPathException e) {
      throw new UsageException("not a valid file name: " + file);
    }
    try {
      if (Files.isDirectory(path)) {
        throw new UsageException(file + " is a directory");
      }
      return AimsModelReader.create().read(path);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        throw new UsageException("no such file: " + file);
      }
      throw new UsageException("cannot read " + file + ": " + e.getCause().getMessage());
    }
  }

  private static AimsModel readSample(String name) {
    if (!Samples.NAMES.contains(name)) {
      throw new UsageException("no sample named '" + name + "'; samples: " + String.join(", ", Samples.NAMES));
    }
    try (InputStream in = Samples.open(name)) {
      return AimsModelReader.create().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A usage error: reported with a hint, exit code 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Parsed options: {@code --name value} pairs and positional arguments. */
  record Options(Map<String, String> values, List<String> positional) {
    static Options parse(List<String> args, String... allowed) {
      Map<String, String> values = new java.util.HashMap<>();
      List<String> positional = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i);
        if (a.startsWith("--")) {
          String name = a;
          String value;
          int eq = a.indexOf('=');
          if (eq > 0) {
            name = a.substring(0, eq);
            value = a.substring(eq + 1);
          } else {
            if (i + 1 >= args.size()) {
              throw new UsageException(a + " needs a value");
            }
            value = args.get(++i);
          }
          if (!List.of(allowed).contains(name)) {
            throw new UsageException("unknown option " + name);
          }
          if (values.put(name, value) != null) {
            throw new UsageException(name + " given twice");
          }
        } else {
          positional.add(a);
        }
      }
      return new Options(values, positional);
    }

    String value(String name) {
      return values.get(name);
    }

    String value(String name, String fallback) {
      return values.getOrDefault(name, fallback);
    }
  }
}
