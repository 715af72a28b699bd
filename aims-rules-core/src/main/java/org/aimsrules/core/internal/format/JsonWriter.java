package org.aimsrules.core.internal.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.ReportJson;

/** The report as JSON ({@link ReportJson}). */
public final class JsonWriter extends FormatWriter {
  /** Creates the writer. */
  public JsonWriter() {
    super("json", "application/json", "json");
  }

  @Override
  public void write(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      OutputStream output) throws IOException {
    output.write(ReportJson.toJson(report).getBytes(StandardCharsets.UTF_8));
    output.flush();
  }
}
