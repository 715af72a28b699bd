package org.aimsrules.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.engine.RulePack;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.AimsSchema;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.io.Problem;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.format.OutputSafety;
import org.aimsrules.core.format.ReportWriter;
import org.aimsrules.core.format.ReportWriters;
import org.aimsrules.core.format.SourceDocument;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.io.ReadLimits;
import org.aimsrules.core.io.WaiverReader;
import org.aimsrules.core.report.Baseline;
import org.aimsrules.core.report.EvaluationReport;
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

  /** Where the bundled samples sit in the source repository (their name in report locations). */
  static final String SAMPLE_SOURCE =
      "aims-rules-examples/src/main/resources/org/aimsrules/examples/samples/";

  /** The report writers the command line offers. */
  private static final ReportWriters WRITERS =
      ReportWriters.discover(Cli.class.getClassLoader());

  private static final String USAGE = String.join("\n",
      "Usage: aims-rules <command> [options]",
      "",
      "Evaluates an AI management system against ISO/IEC 42001:2023.",
      "",
      "Commands:",
      "  evaluate [FILE] [--sample NAME] [--as-of DATE] [--format FORMAT] [--output FILE]",
      "           [--waivers FILE] [--baseline REPORT.json] [--pack JAR]...",
      "           [--fail-on SEVERITY] [--fail-on-new SEVERITY]",
      "                      Evaluate an AIMS model (JSON). Without FILE, evaluates the bundled",
      "                      sample '" + DEFAULT_SAMPLE + "'. FILE '-' reads standard input.",
      "                      FORMAT: " + String.join(", ", WRITERS.formatIds()) + " (default text;",
      "                      'aims-rules formats' describes them). --output writes the report to",
      "                      FILE instead of standard output. --waivers applies a waivers file;",
      "                      --baseline compares with an earlier JSON report. SEVERITY: major,",
      "                      minor, observation or opportunity; waived findings never fail.",
      "                      --pack adds the rule packs of a jar (repeatable) beside the",
      "                      ISO/IEC 42001 catalog; their findings name their pack.",
      "  validate FILE       Check that FILE ('-': standard input) is a valid AIMS model; list",
      "                      every problem.",
      "  formats             List the report formats with their media types.",
      "  rules [--format text|json] [--pack JAR]...",
      "                      List the rule catalog with its metadata (with the rules of the",
      "                      packs of each JAR, namespaced).",
      "  schema [--waivers]  Print the JSON Schema of the AIMS model (or of a waivers file).",
      "  samples             List the bundled sample organizations.",
      "  help                Show this help.",
      "",
      "Options for every command: --debug prints the stack trace of an internal error.",
      "",
      "Exit codes: 0 ok, 1 findings at or above --fail-on (or new ones at or above --fail-on-new),",
      "2 bad input or usage, 3 internal error.",
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
        case "evaluate" -> evaluate(Options.parse(rest, "--as-of", "--format", "--fail-on",
            "--sample", "--output", "--waivers", "--baseline", "--fail-on-new", "--pack"));
        case "formats" -> formats(Options.parse(rest));
        case "validate" -> validate(Options.parse(rest));
        case "rules" -> rules(Options.parse(rest, "--format", "--pack"));
        case "schema" -> schema(rest);
        case "samples" -> samples(Options.parse(rest));
        case "help", "--help", "-h" -> {
          out.print(USAGE);
          yield OK;
        }
        default -> throw new UsageException("unknown command '" + args[0] + "'");
      };
    } catch (UsageException e) {
      err.println("aims-rules: " + OutputSafety.terminal(e.getMessage()));
      err.println("Run 'aims-rules help' for usage.");
      return BAD_INPUT;
    } catch (InvalidModelException e) {
      return invalid("the model", e.problems());
    } catch (InvalidDocumentException e) {
      return invalid(e.what, e.problems);
    } catch (PackJars.BadPackException e) {
      err.println("aims-rules: " + OutputSafety.terminal(e.getMessage()));
      return BAD_INPUT;
    } catch (RuntimeException | Error e) {
      // One line, no stack trace (unless --debug): the cause is a bug or the machine, not the input.
      String message = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
      err.println("aims-rules: internal error: " + e.getClass().getName()
          + OutputSafety.terminal(message)
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
    ReportWriter writer = WRITERS.find(format).orElseThrow(() -> new UsageException(
        "--format must be one of " + String.join(", ", WRITERS.formatIds()) + ", not '" + format
            + "'"));
    Severity failOn = severity(o, "--fail-on");
    Severity failOnNew = severity(o, "--fail-on-new");
    if (failOnNew != null && o.value("--baseline") == null) {
      throw new UsageException("--fail-on-new needs --baseline");
    }
    // A cold run spends most of its time building the rule base; the input is read and validated
    // meanwhile on a second thread (not when it is standard input, which --waivers or --baseline
    // may read first). Its errors are thrown where it is taken below, in the order of the checks.
    FutureTask<Input> input = new FutureTask<>(() -> input(o));
    boolean early = !o.positional().contains("-");
    if (early) {
      Thread reader = new Thread(input, "aims-rules-input");
      reader.setDaemon(true);
      reader.start();
    }
    Evaluator evaluator = PackJars.evaluator(o.all("--pack"));
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
    if (o.value("--waivers") != null) {
      byte[] bytes = readBytes(o.value("--waivers"), "--waivers");
      try {
        options.waivers(WaiverReader.forCatalog(evaluator.catalog())
            .read(new ByteArrayInputStream(bytes)));
      } catch (InvalidModelException e) {
        throw new InvalidDocumentException("the waivers file " + o.value("--waivers"), e.problems());
      }
    }
    if (o.value("--baseline") != null) {
      byte[] bytes = readBytes(o.value("--baseline"), "--baseline");
      try {
        options.baseline(Baseline.read(new ByteArrayInputStream(bytes)));
      } catch (InvalidModelException e) {
        throw new InvalidDocumentException("the baseline report " + o.value("--baseline"),
            e.problems());
      }
    }
    if (!early) {
      input.run();
    }
    Input in = take(input);
    EvaluationReport report = evaluator.evaluate(in.model(), options.build());
    WriteContext context = new WriteContext(SourceDocument.of(in.source(), in.document()),
        Iso42001.ruleDocumentation());
    write(writer, report, evaluator.catalog(), context, o.value("--output"));
    boolean fails = failOn != null && report.hasFindingsAtLeast(failOn)
        || failOnNew != null && report.hasNewFindingsAtLeast(failOnNew);
    return fails ? FINDINGS : OK;
  }

  private void write(ReportWriter writer, EvaluationReport report, RuleCatalog catalog,
      WriteContext context, String output) {
    if (output == null) {
      try {
        writer.write(report, catalog, context, out);
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    Path path = path(output);
    Path dir = path.toAbsolutePath().getParent();
    try {
      // Written beside the target, then moved over it: a failure never leaves half a report.
      Path tmp = Files.createTempFile(dir, ".aims-rules-", ".tmp");
      try {
        try (OutputStream file = Files.newOutputStream(tmp)) {
          writer.write(report, catalog, context, file);
        }
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (NoSuchFileException e) {
      throw new UsageException("--output: no such directory: " + dir);
    } catch (IOException e) {
      throw new UsageException("--output: cannot write " + output + ": " + e.getMessage());
    }
  }

  private static Severity severity(Options o, String option) {
    String value = o.value(option);
    if (value == null) {
      return null;
    }
    try {
      return Severity.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + " must be major, minor, observation or opportunity, not '"
          + value + "'");
    }
  }

  private int formats(Options o) {
    noPositional(o);
    for (ReportWriter w : WRITERS.all()) {
      out.printf("%-10s %-28s .%s%n", w.formatId(), w.mediaType(), w.fileExtension());
    }
    return OK;
  }

  private int invalid(String what, List<Problem> problems) {
    if (problems.size() == 1) {
      err.println("aims-rules: " + OutputSafety.terminal(what) + " is not valid: "
          + OutputSafety.terminal(problems.get(0).toString()));
      return BAD_INPUT;
    }
    err.println("aims-rules: " + OutputSafety.terminal(what) + " is not valid (" + problems.size()
        + " problems):");
    for (Problem p : problems) {
      err.println("  " + OutputSafety.terminal(p.toString()));
    }
    return BAD_INPUT;
  }

  private int validate(Options o) {
    if (o.positional().size() != 1) {
      throw new UsageException("validate takes exactly one FILE");
    }
    AimsModel model = read(readBytes(o.positional().get(0), null));
    String source = o.positional().get(0).equals("-") ? "(standard input)" : o.positional().get(0);
    out.println("valid: " + OutputSafety.terminal(source) + " ("
        + OutputSafety.terminal(model.organization().name()) + ", "
        + model.aiSystems().size() + " AI systems, " + model.documents().size() + " documents)");
    return OK;
  }

  private int rules(Options o) {
    noPositional(o);
    String format = o.value("--format", "text");
    Evaluator evaluator = PackJars.evaluator(o.all("--pack"));
    RuleCatalog catalog = evaluator.catalog();
    List<RuleMetadata> rules = catalog.rules();
    switch (format) {
      case "json" -> {
        ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        try {
          Map<String, Object> doc = new LinkedHashMap<>();
          doc.put("catalog", catalog.id());
          doc.put("version", catalog.version());
          if (evaluator.rulePacks().size() > 1) {
            List<Map<String, String>> packs = new ArrayList<>();
            for (RulePack p : evaluator.rulePacks()) {
              packs.add(Map.of("id", p.id(), "version", p.catalog().version()));
            }
            doc.put("packs", packs);
          }
          doc.put("rules", rules);
          out.println(mapper.writeValueAsString(doc));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
      case "text" -> {
        out.println(rules.size() + " rules in catalog " + catalog.id() + " " + catalog.version()
            + packList(evaluator));
        for (RuleMetadata m : rules) {
          out.printf("%-12s %-58s %-11s %-11s %s%n", m.requirement(), m.id(), m.severity(),
              m.basis(), m.title());
        }
      }
      default -> throw new UsageException("--format must be text or json, not '" + format + "'");
    }
    return OK;
  }

  /** The packs beside the base catalog, for the rules list's heading ("" when none). */
  private static String packList(Evaluator evaluator) {
    List<String> others = evaluator.rulePacks().stream().skip(1)
        .map(p -> OutputSafety.terminal(p.id() + " " + p.catalog().version())).toList();
    return others.isEmpty() ? "" : " with pack" + (others.size() > 1 ? "s " : " ")
        + String.join(", ", others);
  }

  private int schema(List<String> args) {
    if (args.equals(List.of("--waivers"))) {
      out.print(WaiverReader.schema());
      return OK;
    }
    noPositional(Options.parse(args));
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

  /** The document to evaluate: its name in reports, its bytes and the model read from them. */
  private record Input(String source, byte[] document, AimsModel model) {}

  private Input input(Options o) {
    if (o.positional().isEmpty()) {
      String sample = o.value("--sample", DEFAULT_SAMPLE);
      if (!Samples.NAMES.contains(sample)) {
        throw new UsageException("no sample named '" + sample + "'; samples: "
            + String.join(", ", Samples.NAMES));
      }
      byte[] document = sampleBytes(sample);
      // Named by its place in this repository, so that code scanning can annotate it.
      return new Input(SAMPLE_SOURCE + sample + ".json", document, read(document));
    }
    String file = o.positional().get(0);
    byte[] document = readBytes(file, null);
    return new Input(file.equals("-") ? "stdin.json" : file.replace('\\', '/'), document,
        read(document));
  }

  private static AimsModel read(byte[] document) {
    return AimsModelReader.create().read(new ByteArrayInputStream(document));
  }

  /** The task's result, or the exception it ended with, thrown as if it had run here. */
  private static Input take(FutureTask<Input> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the input", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * The bytes of a file ('-': standard input), read up to one byte past the reader's size limit
   * (the reader then rejects it), so that a device or an endless pipe is never read into memory.
   */
  private byte[] readBytes(String file, String option) {
    String label = option == null ? "" : option + ": ";
    int limit = (int) Math.min(Integer.MAX_VALUE - 8, ReadLimits.DEFAULTS.maxDocumentBytes() + 1);
    if (file.equals("-")) {
      try {
        return in.readNBytes(limit);
      } catch (IOException e) {
        throw new UsageException(label + "cannot read standard input: " + e.getMessage());
      }
    }
    Path path = path(file);
    if (Files.isDirectory(path)) {
      throw new UsageException(label + file + " is a directory");
    }
    try (InputStream stream = Files.newInputStream(path)) {
      return stream.readNBytes(limit);
    } catch (NoSuchFileException e) {
      throw new UsageException(label + "no such file: " + file);
    } catch (IOException e) {
      throw new UsageException(label + "cannot read " + file + ": " + e.getMessage());
    }
  }

  private static Path path(String file) {
    try {
      return Path.of(file);
    } catch (java.nio.file.InvalidPathException e) {
      throw new UsageException("not a valid file name: " + file);
    }
  }

  private static byte[] sampleBytes(String name) {
    try (InputStream in = Samples.open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A document other than the model (waivers, baseline) that is not valid: exit code 2. */
  static final class InvalidDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String what;
    private final transient List<Problem> problems;

    InvalidDocumentException(String what, List<Problem> problems) {
      super(what + " is not valid");
      this.what = what;
      this.problems = problems;
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
  record Options(Map<String, String> values, Map<String, List<String>> multi,
      List<String> positional) {
    /** Options that may be given more than once. */
    private static final List<String> REPEATABLE = List.of("--pack");

    static Options parse(List<String> args, String... allowed) {
      Map<String, String> values = new java.util.HashMap<>();
      Map<String, List<String>> multi = new java.util.HashMap<>();
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
          if (REPEATABLE.contains(name)) {
            multi.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
          } else if (values.put(name, value) != null) {
            throw new UsageException(name + " given twice");
          }
        } else {
          positional.add(a);
        }
      }
      return new Options(values, multi, positional);
    }

    List<String> all(String name) {
      return multi.getOrDefault(name, List.of());
    }

    String value(String name) {
      return values.get(name);
    }

    String value(String name, String fallback) {
      return values.getOrDefault(name, fallback);
    }
  }
}
