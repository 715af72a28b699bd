package org.aimsrules.core.internal.format;

import java.io.IOException;
import java.io.OutputStream;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.format.ReportWriter;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.EvaluationReport;

/** The report as JUnit XML: a test suite per clause and Annex A group, a test case per requirement. */
public final class JunitXmlWriter implements ReportWriter {
  @Override
  public String formatId() {
    return "junit";
  }

  @Override
  public String mediaType() {
    return "application/xml";
  }

  @Override
  public String fileExtension() {
    return "xml";
  }

  @Override
  public void write(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      OutputStream output) throws IOException {
    throw new UnsupportedOperationException("format junit is not written yet");
  }
}
