package org.aimsrules.examples.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.format.ReportWriters;
import org.aimsrules.core.format.SourceDocument;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.examples.cli.Samples;

/** The bundled samples' reports and their outputs in each format, for the format tests. */
final class SampleReports {
  /** The evaluation date of every sample report in these tests. */
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final ReportWriters WRITERS = ReportWriters.standard();
  private static final Map<String, EvaluationReport> REPORTS = new ConcurrentHashMap<>();

  private SampleReports() {}

  static List<String> samples() {
    return Samples.NAMES;
  }

  static byte[] sampleBytes(String sample) {
    try (InputStream in = Samples.open(sample)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static EvaluationReport report(String sample) {
    return REPORTS.computeIfAbsent(sample, s -> Iso42001.evaluator().evaluate(
        AimsModelReader.create().read(new java.io.ByteArrayInputStream(sampleBytes(s))),
        EvaluationOptions.builder().asOf(AS_OF).build()));
  }

  static WriteContext context(String sample) {
    return new WriteContext(SourceDocument.of("samples/" + sample + ".json", sampleBytes(sample)),
        Iso42001.ruleDocumentation());
  }

  /** A report written in a format, with the sample as source document and rule links. */
  static String write(String format, EvaluationReport report, WriteContext context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      WRITERS.find(format).orElseThrow().write(report, Iso42001.catalog(), context, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static String write(String format, String sample) {
    return write(format, report(sample), context(sample));
  }
}
