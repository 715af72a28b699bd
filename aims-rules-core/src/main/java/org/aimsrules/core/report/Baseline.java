package org.aimsrules.core.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aimsrules.core.internal.Json;
import org.aimsrules.core.internal.JsonInput;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.io.Problem;
import org.aimsrules.core.io.ReadLimits;

/**
 * The findings of an earlier report, to compare a new evaluation with: each finding subject by
 * subject (a systemic finding as its instances, an escalated major as the minors it stands for).
 * Build one from a report ({@link #of}) or from its JSON ({@link #read}).
 *
 * @param asOf the earlier report's evaluation date
 * @param findings its findings, subject by subject, in its order
 */
public record Baseline(LocalDate asOf, List<Entry> findings) {

  /** Makes the list immutable. */
  public Baseline {
    Objects.requireNonNull(asOf, "asOf");
    findings = List.copyOf(findings);
  }

  /**
   * A finding of the earlier report.
   *
   * @param id its id
   * @param ruleId its rule
   * @param requirement its requirement
   * @param severity its severity then
   * @param subject its JSON Pointer in the earlier model
   * @param message its message then
   */
  @JsonPropertyOrder({"id", "ruleId", "requirement", "severity", "subject", "message"})
  public record Entry(String id, String ruleId, String requirement, Severity severity,
      String subject, String message) {
    /** Checks the mandatory components. */
    public Entry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(ruleId, "ruleId");
    }
  }

  /**
   * The baseline of a report.
   *
   * @param report an earlier report
   * @return its findings, subject by subject
   */
  public static Baseline of(EvaluationReport report) {
    List<Entry> entries = new ArrayList<>();
    for (Finding f : report.findings()) {
      for (Finding leaf : leaves(f)) {
        entries.add(new Entry(leaf.id(), leaf.ruleId(), leaf.requirement(), leaf.severity(),
            leaf.subject(), leaf.message()));
      }
    }
    return new Baseline(report.asOf(), distinct(entries));
  }

  /**
   * The findings a finding stands for, subject by subject: its instances, the minors it escalates,
   * or itself.
   *
   * @param f a finding
   * @return the findings on one subject each
   */
  public static List<Finding> leaves(Finding f) {
    if (!f.instances().isEmpty() || !f.escalates().isEmpty()) {
      List<Finding> result = new ArrayList<>();
      f.instances().forEach(i -> result.addAll(leaves(i)));
      f.escalates().forEach(i -> result.addAll(leaves(i)));
      return result;
    }
    return List.of(f);
  }

  /**
   * Reads the baseline from a JSON report written by this library ({@link ReportJson}), report
   * version 2.0 or later (earlier versions derived ids from list positions).
   *
   * @param json the report
   * @return its baseline
   * @throws InvalidModelException listing every problem with its JSON Pointer when the document is
   *     not such a report
   * @throws UncheckedIOException when reading fails
   */
  public static Baseline read(InputStream json) {
    ObjectMapper mapper = Json.mapper(ReadLimits.DEFAULTS);
    JsonNode root;
    try {
      byte[] bytes = JsonInput.readBounded(json, ReadLimits.DEFAULTS.maxDocumentBytes());
      JsonInput.requireUtf8(bytes);
      root = mapper.readTree(bytes);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidModelException(List.of(Problem.at("",
          "the baseline is not JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Problem> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new InvalidModelException(List.of(Problem.at("", "the baseline must be a JSON report")));
    }
    String version = root.path("reportVersion").asText("");
    if (!version.matches("\\d+\\.\\d+") || Integer.parseInt(version.split("\\.")[0]) < 2) {
      problems.add(Problem.at("/reportVersion", "the baseline must be a report of version 2.0 or "
          + "later (found '" + version + "'); earlier reports identify findings by list positions, "
          + "so evaluate the earlier model again with this version"));
    }
    LocalDate asOf = null;
    try {
      asOf = LocalDate.parse(root.path("asOf").asText(""));
    } catch (DateTimeParseException e) {
      problems.add(Problem.at("/asOf", "the baseline needs its evaluation date (YYYY-MM-DD)"));
    }
    List<Entry> entries = new ArrayList<>();
    JsonNode findings = root.path("findings");
    if (!findings.isArray()) {
      problems.add(Problem.at("/findings", "the baseline needs its list of findings"));
    } else {
      for (int i = 0; i < findings.size(); i++) {
        collect(findings.get(i), "/findings/" + i, entries, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems);
    }
    return new Baseline(asOf, distinct(entries));
  }

  private static void collect(JsonNode f, String at, List<Entry> out, List<Problem> problems) {
    boolean composite = false;
    for (String part : List.of("instances", "escalates")) {
      JsonNode list = f.path(part);
      if (list.isArray() && !list.isEmpty()) {
        composite = true;
        for (int i = 0; i < list.size(); i++) {
          collect(list.get(i), at + "/" + part + "/" + i, out, problems);
        }
      }
    }
    if (composite) {
      return;
    }
    String id = f.path("id").asText(null);
    String ruleId = f.path("ruleId").asText(null);
    Severity severity = null;
    try {
      severity = Severity.valueOf(f.path("severity").asText(""));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.at(at + "/severity", "a finding needs its severity"));
    }
    if (id == null || ruleId == null) {
      problems.add(Problem.at(at, "a finding needs its id and rule id"));
      return;
    }
    out.add(new Entry(id, ruleId, f.path("requirement").asText(""), severity,
        f.path("subject").asText(""), f.path("message").asText("")));
  }

  private static List<Entry> distinct(List<Entry> entries) {
    Map<String, Entry> byId = new LinkedHashMap<>();
    entries.forEach(e -> byId.putIfAbsent(e.id(), e));
    return List.copyOf(byId.values());
  }
}
