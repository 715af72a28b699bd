package org.aimsrules.spark.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.io.Problem;
import org.aimsrules.core.io.ReadLimits;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Severity;
import org.apache.spark.api.java.function.MapPartitionsFunction;

/**
 * Evaluates a partition of tenants: each input record gives one outcome per evaluation date, or one
 * outcome with its problems when the record cannot be read or the model is not valid. An internal
 * error in one tenant's evaluation (an exception from the engine, the time limit passed) is that
 * tenant's outcome, never the task's failure. This object is what Spark serializes: the dates, the
 * options and the limits, never the rule base ({@link ExecutorEvaluator}).
 */
public final class TenantEvaluation implements MapPartitionsFunction<TenantInput, TenantOutcome> {
  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = new JsonFactory();

  private final List<LocalDate> dates;
  private final List<String> disabledRules;
  private final Duration timeLimit;
  /** The read limits' numbers: {@link ReadLimits} is not serializable. */
  private final long[] limits;

  /**
   * The evaluation of every tenant at each date.
   *
   * @param dates the evaluation dates, at least one
   * @param disabledRules ids of rules to disable
   * @param timeLimit time limit of one tenant's evaluation at one date, or {@code null} for none
   * @param limits the read limits of one tenant's model
   */
  public TenantEvaluation(List<LocalDate> dates, List<String> disabledRules, Duration timeLimit,
      ReadLimits limits) {
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("no evaluation date");
    }
    this.dates = List.copyOf(dates);
    this.disabledRules = List.copyOf(disabledRules);
    this.timeLimit = timeLimit;
    this.limits = new long[] {limits.maxDocumentBytes(), limits.maxNestingDepth(),
        limits.maxStringLength(), limits.maxAiSystems(), limits.maxListEntries(),
        limits.maxEntities()};
  }

  @Override
  public Iterator<TenantOutcome> call(Iterator<TenantInput> input) {
    Evaluator evaluator = ExecutorEvaluator.get();
    AimsModelReader reader = AimsModelReader.withLimits(new ReadLimits(limits[0],
        (int) limits[1], (int) limits[2], (int) limits[3], (int) limits[4], (int) limits[5]));
    List<EvaluationOptions> options = options(dates, disabledRules, timeLimit);
    return new Iterator<>() {
      private final List<TenantOutcome> pending = new ArrayList<>();
      private int next;

      @Override
      public boolean hasNext() {
        while (next >= pending.size() && input.hasNext()) {
          pending.clear();
          next = 0;
          evaluate(evaluator, reader, options, input.next(), pending);
        }
        return next < pending.size();
      }

      @Override
      public TenantOutcome next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return pending.get(next++);
      }
    };
  }

  /**
   * The evaluation options of each date.
   *
   * @param dates the evaluation dates
   * @param disabledRules ids of rules to disable
   * @param timeLimit time limit of one evaluation, or {@code null} for none
   * @return one options per date, in the dates' order
   */
  static List<EvaluationOptions> options(List<LocalDate> dates, List<String> disabledRules,
      Duration timeLimit) {
    List<EvaluationOptions> options = new ArrayList<>(dates.size());
    for (LocalDate d : dates) {
      EvaluationOptions.Builder b = EvaluationOptions.builder().asOf(d).timeLimit(timeLimit);
      disabledRules.forEach(b::disable);
      options.add(b.build());
    }
    return options;
  }

  /**
   * Evaluates one record into its outcomes.
   *
   * @param evaluator the evaluator
   * @param reader the model reader
   * @param options the options of each date
   * @param in the record
   * @param out where the outcomes go
   */
  static void evaluate(Evaluator evaluator, AimsModelReader reader,
      List<EvaluationOptions> options, TenantInput in, List<TenantOutcome> out) {
    String tenant = in.getTenant();
    String model = in.getModel();
    List<String> tailoring = in.getDisabledRules();
    if (in.getRaw() != null && in.getRaw().isBlank()) {
      return; // a blank line of JSON Lines: nothing
    }
    if (in.getRaw() != null) {
      Envelope e;
      try {
        e = Envelope.parse(in.getRaw());
      } catch (InvalidModelException ex) {
        out.add(rejected(null, in.getLine(), null, ex.problems()));
        return;
      }
      tenant = e.tenant;
      model = e.model;
      tailoring = e.disabledRules;
    }
    List<Problem> problems = new ArrayList<>();
    if (tenant == null || tenant.isBlank()) {
      problems.add(Problem.at("/tenant", "the tenant is missing or blank"));
    }
    if (model == null) {
      problems.add(Problem.at("/model", "the model is missing"));
    }
    if (!problems.isEmpty()) {
      out.add(rejected(tenant, in.getLine(), null, problems));
      return;
    }
    AimsModel parsed;
    try {
      parsed = reader.read(model);
    } catch (InvalidModelException ex) {
      out.add(rejected(tenant, in.getLine(), null, ex.problems()));
      return;
    } catch (RuntimeException | StackOverflowError ex) {
      out.add(failed(tenant, in.getLine(), null, ex));
      return;
    }
    List<EvaluationOptions> tenantOptions = options;
    if (tailoring != null && !tailoring.isEmpty()) {
      // The tenant's own tailoring: its disabled rules on top of the job's. A rule id the packs do
      // not have makes the evaluator throw: that tenant's ERROR row, not the job's failure.
      tenantOptions = new ArrayList<>();
      for (EvaluationOptions o : options) {
        EvaluationOptions.Builder b = o.toBuilder();
        tailoring.stream().filter(java.util.Objects::nonNull).forEach(b::disable);
        tenantOptions.add(b.build());
      }
    }
    for (EvaluationOptions o : tenantOptions) {
      try {
        out.add(evaluated(tenant, in.getLine(), evaluator.evaluate(parsed, o)));
      } catch (InvalidModelException ex) {
        // Not valid at all (a dangling reference, a duplicate id): one reject, whatever the date.
        out.removeIf(x -> true);
        out.add(rejected(tenant, in.getLine(), null, ex.problems()));
        return;
      } catch (RuntimeException | StackOverflowError ex) {
        out.add(failed(tenant, in.getLine(), o.asOf(), ex));
      }
    }
  }

  private static TenantOutcome evaluated(String tenant, long line, EvaluationReport report) {
    TenantOutcome o = base(tenant, line, report.asOf());
    o.setVerdict(report.summary().verdict().name());
    o.setMajor(report.summary().count(Severity.MAJOR));
    o.setMinor(report.summary().count(Severity.MINOR));
    o.setObservation(report.summary().count(Severity.OBSERVATION));
    o.setOpportunity(report.summary().count(Severity.OPPORTUNITY));
    o.setCatalog(report.catalog());
    List<FindingRow> findings = new ArrayList<>(report.findings().size());
    for (Finding f : report.findings()) {
      FindingRow r = new FindingRow();
      r.setId(f.id());
      r.setRuleId(f.ruleId());
      r.setRequirement(f.requirement());
      r.setSeverity(f.severity().name());
      r.setPointer(f.subject());
      r.setMessage(f.message());
      findings.add(r);
    }
    o.setFindings(findings);
    return o;
  }

  private static TenantOutcome rejected(String tenant, long line, LocalDate asOf,
      List<Problem> problems) {
    TenantOutcome o = base(tenant, line, asOf);
    List<ProblemRow> rows = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      ProblemRow r = new ProblemRow();
      r.setKind("INVALID");
      r.setPointer(p.pointer());
      r.setMessage(p.message());
      rows.add(r);
    }
    o.setProblems(rows);
    return o;
  }

  private static TenantOutcome failed(String tenant, long line, LocalDate asOf, Throwable e) {
    TenantOutcome o = base(tenant, line, asOf);
    ProblemRow r = new ProblemRow();
    r.setKind("ERROR");
    r.setErrorClass(e.getClass().getName());
    r.setMessage(e.getMessage() == null ? "" : e.getMessage());
    o.setProblems(List.of(r));
    return o;
  }

  private static TenantOutcome base(String tenant, long line, LocalDate asOf) {
    TenantOutcome o = new TenantOutcome();
    o.setTenant(tenant);
    o.setLine(line);
    o.setAsOf(asOf);
    o.setFindings(List.of());
    o.setProblems(List.of());
    return o;
  }

  /**
   * A line of JSON Lines input: the tenant, the model's JSON text, cut out of the line, and the
   * tenant's own disabled rules ({@code "disabledRules": [...]}, optional).
   */
  static final class Envelope {
    final String tenant;
    final String model;
    final List<String> disabledRules;

    private Envelope(String tenant, String model, List<String> disabledRules) {
      this.tenant = tenant;
      this.model = model;
      this.disabledRules = disabledRules;
    }

    /**
     * Reads {@code {"tenant": "...", "model": {...}, "disabledRules": [...]}}; the model is cut out as text, to be read once
     * by the model reader with its limits.
     *
     * @param line the line
     * @return the envelope
     * @throws InvalidModelException when the line is not a JSON object (a missing tenant or model
     *     is left to the caller)
     */
    static Envelope parse(String line) {
      String tenant = null;
      String model = null;
      List<String> disabled = null;
      try (JsonParser p = JSON.createParser(line)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw invalid("", "the line is not a JSON object");
        }
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if (name.equals("tenant")) {
            if (value != JsonToken.VALUE_STRING) {
              throw invalid("/tenant", "the tenant must be a string");
            }
            tenant = p.getText();
          } else if (name.equals("model")) {
            if (value != JsonToken.START_OBJECT) {
              throw invalid("/model", "the model must be a JSON object");
            }
            int start = (int) p.currentTokenLocation().getCharOffset();
            p.skipChildren();
            int end = (int) p.currentLocation().getCharOffset();
            model = line.substring(start, end);
          } else if (name.equals("disabledRules")) {
            if (value != JsonToken.START_ARRAY) {
              throw invalid("/disabledRules", "disabledRules must be an array of rule ids");
            }
            disabled = new ArrayList<>();
            while (p.nextToken() == JsonToken.VALUE_STRING) {
              disabled.add(p.getText());
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
              throw invalid("/disabledRules/" + disabled.size(), "a rule id must be a string");
            }
          } else {
            p.skipChildren();
          }
        }
        if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
          throw invalid("", "the line is not one JSON object");
        }
      } catch (IOException e) {
        throw invalid("", "the line is not valid JSON: "
            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      }
      return new Envelope(tenant, model, disabled);
    }

    private static InvalidModelException invalid(String pointer, String message) {
      return new InvalidModelException(List.of(Problem.at(pointer, message)));
    }
  }
}
