package org.aimsrules.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.aimsrules.core.internal.Json;
import org.aimsrules.core.io.ReadLimits;

/**
 * Writes reports as JSON: pretty-printed, '\n' line ends, properties in a fixed order. The same
 * report always gives the same bytes.
 */
public final class ReportJson {
  private static final ObjectMapper MAPPER = Json.mapper(ReadLimits.DEFAULTS);
  private static final ObjectWriter WRITER = Json.prettyWriter(MAPPER);

  private ReportJson() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return JSON text ending with a newline
   */
  public static String toJson(EvaluationReport report) {
    try {
      return WRITER.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render report", e);
    }
  }

  /**
   * Writes a report.
   *
   * @param report the report
   * @param out where to write; not closed
   * @throws UncheckedIOException when writing fails
   */
  public static void write(EvaluationReport report, Writer out) {
    try {
      out.write(toJson(report));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
