package org.aimsrules.core.internal.format;

import java.io.IOException;
import java.io.OutputStream;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.format.ReportWriter;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.EvaluationReport;

/** The report as an OSCAL 1.1.3 assessment-results document. */
public final class OscalAssessmentResultsWriter implements ReportWriter {
  @Override
  public String formatId() {
    return "oscal-ar";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  @Override
  public void write(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      OutputStream output) throws IOException {
    throw new UnsupportedOperationException("format oscal-ar is not written yet");
  }
}
