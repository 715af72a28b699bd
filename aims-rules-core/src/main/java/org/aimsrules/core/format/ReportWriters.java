package org.aimsrules.core.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.aimsrules.core.internal.format.HtmlWriter;
import org.aimsrules.core.internal.format.JsonWriter;
import org.aimsrules.core.internal.format.JunitXmlWriter;
import org.aimsrules.core.internal.format.MarkdownWriter;
import org.aimsrules.core.internal.format.OscalAssessmentResultsWriter;
import org.aimsrules.core.internal.format.SarifWriter;
import org.aimsrules.core.internal.format.TextWriter;

/**
 * A registry of report writers by format id. Immutable; build one with {@link #standard()} or
 * {@link #discover(ClassLoader)} and keep it.
 */
public final class ReportWriters {
  private final Map<String, ReportWriter> byId;

  private ReportWriters(List<ReportWriter> writers) {
    Map<String, ReportWriter> map = new LinkedHashMap<>();
    for (ReportWriter w : writers) {
      if (map.putIfAbsent(w.formatId(), w) != null) {
        throw new IllegalArgumentException("two writers for format " + w.formatId());
      }
    }
    this.byId = Collections.unmodifiableMap(map);
  }

  /**
   * The writers of this library: {@code text}, {@code json}, {@code sarif}, {@code oscal-ar},
   * {@code junit}, {@code markdown} and {@code html}.
   *
   * @return the registry
   */
  public static ReportWriters standard() {
    return new ReportWriters(builtIn());
  }

  /**
   * The writers of this library and those a class loader provides as services of
   * {@link ReportWriter}.
   *
   * @param loader where to look for service providers
   * @return the registry
   * @throws IllegalArgumentException when two writers claim one format id
   */
  public static ReportWriters discover(ClassLoader loader) {
    List<ReportWriter> all = new ArrayList<>(builtIn());
    ServiceLoader.load(ReportWriter.class, loader).forEach(all::add);
    return new ReportWriters(all);
  }

  /**
   * A registry of the given writers only.
   *
   * @param writers the writers, in the order to list them
   * @return the registry
   * @throws IllegalArgumentException when two writers claim one format id
   */
  public static ReportWriters of(List<ReportWriter> writers) {
    return new ReportWriters(List.copyOf(writers));
  }

  private static List<ReportWriter> builtIn() {
    return List.of(new TextWriter(), new JsonWriter(), new SarifWriter(),
        new OscalAssessmentResultsWriter(), new JunitXmlWriter(), new MarkdownWriter(),
        new HtmlWriter());
  }

  /**
   * The writer of a format.
   *
   * @param formatId the format id
   * @return the writer, if registered
   */
  public Optional<ReportWriter> find(String formatId) {
    return Optional.ofNullable(byId.get(formatId));
  }

  /**
   * Every writer, in registration order.
   *
   * @return the writers
   */
  public List<ReportWriter> all() {
    return List.copyOf(byId.values());
  }

  /**
   * Every format id, in registration order.
   *
   * @return the ids
   */
  public List<String> formatIds() {
    return List.copyOf(byId.keySet());
  }
}
