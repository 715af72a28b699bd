package org.aimsrules.core.format;

import java.io.IOException;
import java.io.OutputStream;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.report.EvaluationReport;

/**
 * Writes an evaluation report in one format. Implementations are stateless and thread-safe, write
 * UTF-8 (or bytes of their own format), never close the stream, and give the same bytes for the same
 * report, catalog and context. Every string of the model in a report is untrusted: a writer keeps it
 * inert in its format (escaped, never markup or a link).
 *
 * <p>Writers are found in a {@link ReportWriters} registry; a vendor adds one by listing its class
 * in {@code META-INF/services/org.aimsrules.core.format.ReportWriter}.
 */
public interface ReportWriter {
  /**
   * The format's id, as given to the command line's {@code --format}, e.g. {@code sarif}.
   *
   * @return lower-case letters, digits and '-'
   */
  String formatId();

  /**
   * The media type of the output, e.g. {@code application/sarif+json}.
   *
   * @return the media type
   */
  String mediaType();

  /**
   * The usual file extension of the output, without the dot, e.g. {@code sarif}.
   *
   * @return the extension
   */
  String fileExtension();

  /**
   * Writes a report with what is known of its source and of the catalog's documentation.
   *
   * @param report the report
   * @param catalog the catalog that produced it (rule metadata, requirement titles)
   * @param context the evaluated document and links to rule documentation, when known
   * @param output where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  void write(EvaluationReport report, RuleCatalog catalog, WriteContext context, OutputStream output)
      throws IOException;

  /**
   * Writes a report without a source document or documentation links.
   *
   * @param report the report
   * @param catalog the catalog that produced it
   * @param output where to write; flushed, not closed
   * @throws IOException when writing fails
   */
  default void write(EvaluationReport report, RuleCatalog catalog, OutputStream output)
      throws IOException {
    write(report, catalog, WriteContext.NONE, output);
  }
}
