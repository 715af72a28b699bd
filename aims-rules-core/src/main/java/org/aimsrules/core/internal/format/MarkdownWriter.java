package org.aimsrules.core.internal.format;

import java.io.IOException;
import java.io.OutputStream;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.format.ReportWriter;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.EvaluationReport;

/** The report as Markdown for a pull-request comment or a CI job summary. */
public final class MarkdownWriter implements ReportWriter {
  @Override
  public String formatId() {
    return "markdown";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=utf-8";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public void write(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      OutputStream output) throws IOException {
    throw new UnsupportedOperationException("format markdown is not written yet");
  }
}
