package org.aimsrules.core.internal.format;

import java.io.IOException;
import java.io.OutputStream;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.format.ReportWriter;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.EvaluationReport;

/** The report as one self-contained HTML page for a compliance officer. */
public final class HtmlWriter implements ReportWriter {
  @Override
  public String formatId() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=utf-8";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public void write(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      OutputStream output) throws IOException {
    throw new UnsupportedOperationException("format html is not written yet");
  }
}
