package org.aimsrules.core.internal.format;

import java.io.IOException;
import java.io.OutputStream;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.format.ReportWriter;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.EvaluationReport;

/** The report as SARIF 2.1.0, for code scanning. */
public final class SarifWriter implements ReportWriter {
  @Override
  public String formatId() {
    return "sarif";
  }

  @Override
  public String mediaType() {
    return "application/sarif+json";
  }

  @Override
  public String fileExtension() {
    return "sarif";
  }

  @Override
  public void write(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      OutputStream output) throws IOException {
    throw new UnsupportedOperationException("format sarif is not written yet");
  }
}
