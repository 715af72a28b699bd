package org.aimsrules.core.internal.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.ReportText;

/** The report as plain text for a terminal ({@link ReportText}). */
public final class TextWriter extends FormatWriter {
  /** Creates the writer. */
  public TextWriter() {
    super("text", "text/plain; charset=utf-8", "txt");
  }

  @Override
  public void write(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      OutputStream output) throws IOException {
    output.write(ReportText.render(report, catalog).getBytes(StandardCharsets.UTF_8));
    output.flush();
  }
}
