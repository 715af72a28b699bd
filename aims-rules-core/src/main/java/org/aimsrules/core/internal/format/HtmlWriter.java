package org.aimsrules.core.internal.format;

import static org.aimsrules.core.internal.format.HtmlText.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.format.SourceDocument;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.Baseline;
import org.aimsrules.core.report.BaselineComparison;
import org.aimsrules.core.report.ControlResult;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Reference;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.SoaView;
import org.aimsrules.core.report.Summary;
import org.aimsrules.core.report.Verdict;
import org.aimsrules.core.report.Waiver;
import org.aimsrules.core.report.WaiverResult;

/**
 * The report as one self-contained HTML page for a compliance officer: verdict, counts as an inline
 * SVG chart, a heat map of requirement statuses, the Annex A table and every finding, with filters
 * by severity and clause in an inline script. The page loads nothing: a Content Security Policy
 * allows only its inline style and its one script (by hash). Every string of the report is escaped,
 * control and bidirectional-override characters removed; links go only to {@code https:} rule
 * documentation given by the {@link WriteContext}. The same report gives the same bytes.
 */
public final class HtmlWriter extends FormatWriter {
  private static final int BAR_WIDTH = 300;

  /** Creates the writer. */
  public HtmlWriter() {
    super("html", "text/html; charset=utf-8", "html");
  }

  @Override
  public void write(EvaluationReport report, RuleCatalog catalog, WriteContext context,
      OutputStream output) throws IOException {
    String page = new Page(report, catalog, context).render();
    output.write(page.getBytes(StandardCharsets.UTF_8));
    output.flush();
  }

  /** The name of a clause group for the reader, with its title from the catalog. */
  static String clauseLabel(String clause, RuleCatalog catalog) {
    String title = catalog.groupTitle(clause);
    return (clause.startsWith("A.") ? "" : "Clause ") + clause + (title.isEmpty() ? "" : " " + title);
  }

  /** One letter or symbol per status, so that colour is not the only carrier of meaning. */
  static String symbol(RequirementStatus status) {
    return switch (status) {
      case CONFORMING -> "C";
      case NONCONFORMING -> "N";
      case NOT_EVIDENCED -> "E";
      case NOT_APPLICABLE -> "\u2013";
      case NOT_AUTOMATED -> "M";
    };
  }

  static String statusLabel(RequirementStatus status) {
    return switch (status) {
      case CONFORMING -> "Conforming";
      case NONCONFORMING -> "Nonconforming";
      case NOT_EVIDENCED -> "Not evidenced in the model";
      case NOT_APPLICABLE -> "Not applicable";
      case NOT_AUTOMATED -> "Not automated (auditor checks by hand)";
    };
  }

  static String severityLabel(Severity s) {
    return switch (s) {
      case MAJOR -> "Major nonconformity";
      case MINOR -> "Minor nonconformity";
      case OBSERVATION -> "Observation";
      case OPPORTUNITY -> "Opportunity for improvement";
    };
  }

  static String severityColor(Severity s) {
    return switch (s) {
      case MAJOR -> "#b71c1c";
      case MINOR -> "#e65100";
      case OBSERVATION -> "#1565c0";
      case OPPORTUNITY -> "#2e7d32";
    };
  }

  static String verdictLabel(Verdict v) {
    return switch (v) {
      case NOT_READY -> "Not ready for certification";
      case STAGE_1_READY -> "Ready for stage 1 (implementation not yet evidenced)";
      case STAGE_2_READY -> "Ready for stage 2";
    };
  }

  /** The rendering of one report. */
  private static final class Page {
    private final EvaluationReport report;
    private final RuleCatalog catalog;
    private final WriteContext context;
    private final StringBuilder out = new StringBuilder(1 << 16);

    Page(EvaluationReport report, RuleCatalog catalog, WriteContext context) {
      this.report = report;
      this.catalog = catalog;
      this.context = context;
    }

    String render() {
      out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
          .append(escape(HtmlAssets.CSP)).append("\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"").append(escape(report.generator()))
          .append("\">\n")
          .append("<title>ISO/IEC 42001 evaluation of ").append(escape(report.organization()))
          .append(" as of ").append(report.asOf()).append("</title>\n")
          .append("<style>\n").append(HtmlAssets.CSS).append("</style>\n</head>\n<body>\n");
      header();
      counts();
      heatMap();
      controls();
      findings();
      baseline();
      waivers();
      out.append("<script>").append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n");
      return out.toString();
    }

    private void header() {
      Summary s = report.summary();
      out.append("<header>\n<h1 id=\"title\">ISO/IEC 42001 evaluation of <span id=\"organization\">")
          .append(escape(report.organization())).append("</span></h1>\n")
          .append("<p class=\"meta-line\">As of <time id=\"as-of\" datetime=\"")
          .append(report.asOf()).append("\">").append(report.asOf()).append("</time>; catalog ")
          .append("<span id=\"catalog\">").append(escape(report.catalog())).append("</span>; ")
          .append(escape(report.generator())).append("; report format ")
          .append(escape(report.reportVersion())).append("</p>\n</header>\n");
      out.append("<section id=\"verdict-section\">\n<h2>Verdict</h2>\n")
          .append("<p id=\"verdict\" class=\"verdict verdict-").append(s.verdict().name())
          .append("\" data-verdict=\"").append(s.verdict().name()).append("\">")
          .append(escape(verdictLabel(s.verdict()))).append("</p>\n");
      if (!s.verdictReasons().isEmpty()) {
        out.append("<ul id=\"verdict-reasons\">\n");
        for (String why : s.verdictReasons()) {
          out.append("<li>").append(escape(why)).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      if (!s.decidingFindings().isEmpty()) {
        out.append("<p>Deciding findings: ");
        String sep = "";
        for (String id : s.decidingFindings()) {
          out.append(sep).append("<a href=\"#f-").append(escape(id)).append("\"><code>")
              .append(escape(id)).append("</code></a>");
          sep = ", ";
        }
        out.append("</p>\n");
      }
      out.append("</section>\n");
    }

    private void counts() {
      Summary s = report.summary();
      Severity[] severities = Severity.values();
      int max = 0;
      for (Severity sev : severities) {
        max = Math.max(max, s.count(sev));
      }
      int rowHeight = 28;
      int height = rowHeight * severities.length + 4;
      out.append("<section id=\"counts\">\n<h2>Findings by severity</h2>\n")
          .append("<svg class=\"chart\" id=\"severity-chart\" xmlns=\"http://www.w3.org/2000/svg\"")
          .append(" width=\"560\" height=\"").append(height).append("\" viewBox=\"0 0 560 ")
          .append(height).append("\" role=\"img\" aria-labelledby=\"severity-chart-title\">\n")
          .append("<title id=\"severity-chart-title\">Findings by severity, waived findings not")
          .append(" counted</title>\n");
      int y = 2;
      for (Severity sev : severities) {
        int n = s.count(sev);
        int w = max == 0 ? 0 : (int) ((long) n * BAR_WIDTH / max);
        if (n > 0 && w == 0) {
          w = 1;
        }
        out.append("<g class=\"bar\" data-severity=\"").append(sev.name())
            .append("\" data-count=\"").append(n).append("\">")
            .append("<text x=\"0\" y=\"").append(y + 17).append("\">")
            .append(escape(severityLabel(sev))).append("</text>")
            .append("<rect x=\"200\" y=\"").append(y + 4).append("\" width=\"").append(w)
            .append("\" height=\"18\" fill=\"").append(severityColor(sev)).append("\"/>")
            .append("<text class=\"count\" x=\"").append(206 + w).append("\" y=\"")
            .append(y + 17).append("\">").append(n).append("</text></g>\n");
        y += rowHeight;
      }
      out.append("</svg>\n")
          .append("<p>Waived findings (shown below, counted in no severity): <strong id=\"waived\"")
          .append(" data-count=\"").append(s.waived()).append("\">").append(s.waived())
          .append("</strong></p>\n");
      int regulatory = s.regulatoryCounts().values().stream().mapToInt(Integer::intValue).sum();
      if (regulatory > 0) {
        out.append("<p>Of these, regulatory findings (EU AI Act): ");
        String sep = "";
        for (Severity sev : severities) {
          out.append(sep).append(escape(severityLabel(sev))).append(": ")
              .append(s.regulatoryCounts().getOrDefault(sev, 0));
          sep = ", ";
        }
        out.append("</p>\n");
      }
      out.append("</section>\n");
    }

    private void legend() {
      out.append("<div class=\"legend\" id=\"status-legend\">");
      for (RequirementStatus st : RequirementStatus.values()) {
        out.append("<span data-status=\"").append(st.name()).append("\" data-count=\"")
            .append(report.summary().requirements().getOrDefault(st, 0)).append("\">")
            .append("<span class=\"cell st-").append(st.name()).append("\">")
            .append(symbol(st)).append("</span>").append(escape(statusLabel(st))).append(": ")
            .append(report.summary().requirements().getOrDefault(st, 0)).append("</span>");
      }
      out.append("</div>\n");
    }

    private void heatMap() {
      out.append("<section id=\"requirements\">\n<h2>Requirements by clause</h2>\n")
          .append("<p>One cell per sub-clause, obligation and Annex A control; sub-clauses and")
          .append(" controls are outlined. Hover a cell for its title and status.</p>\n");
      legend();
      Map<String, List<RequirementResult>> groups = new LinkedHashMap<>();
      for (RequirementResult r : report.requirements()) {
        groups.computeIfAbsent(RuleCatalog.groupOf(r.ref()), k -> new ArrayList<>()).add(r);
      }
      out.append("<div class=\"heatmap\" id=\"heatmap\">\n");
      for (Map.Entry<String, List<RequirementResult>> g : groups.entrySet()) {
        out.append("<div class=\"row\" data-clause=\"").append(escape(g.getKey())).append("\">")
            .append("<span class=\"group\">").append(escape(clauseLabel(g.getKey(), catalog)))
            .append("</span><span class=\"cells\">");
        for (RequirementResult r : g.getValue()) {
          StringBuilder tip = new StringBuilder(r.ref()).append(' ').append(title(r.ref(), r.title()))
              .append(": ").append(statusLabel(r.status()));
          if (r.reason() != null && !r.reason().isEmpty()) {
            tip.append(" (").append(r.reason()).append(')');
          }
          if (!r.findings().isEmpty()) {
            tip.append("; ").append(r.findings().size())
                .append(r.findings().size() == 1 ? " finding" : " findings");
          }
          out.append("<span class=\"cell st-").append(r.status().name())
              .append("OBLIGATION".equals(r.kind()) ? "" : " main")
              .append("\" data-ref=\"").append(escape(r.ref()))
              .append("\" data-status=\"").append(r.status().name())
              .append("\" title=\"").append(escape(tip.toString())).append("\">")
              .append(symbol(r.status())).append("</span>");
        }
        out.append("</span></div>\n");
      }
      out.append("</div>\n</section>\n");
    }

    private String title(String ref, String fallback) {
      return catalog.requirement(ref).map(Requirement::title)
          .orElse(fallback == null ? "" : fallback);
    }

    private void controls() {
      if (report.controls().isEmpty()) {
        return;
      }
      out.append("<section id=\"annex-a\">\n<h2>Annex A controls</h2>\n")
          .append("<table id=\"controls\">\n<thead><tr><th>Control</th><th>Title</th>")
          .append("<th>Applicable, and why</th><th>Statement of Applicability</th>")
          .append("<th>Status</th><th>Findings</th></tr></thead>\n<tbody>\n");
      for (ControlResult c : report.controls()) {
        out.append("<tr data-ref=\"").append(escape(c.ref())).append("\" data-status=\"")
            .append(c.status().name()).append("\"><td>").append(escape(c.ref())).append("</td><td>")
            .append(escape(title(c.ref(), c.title()))).append("</td><td>")
            .append(c.applicable() ? "Yes" : "No");
        if (!c.reasons().isEmpty()) {
          out.append("<ul class=\"plain\">");
          for (String why : c.reasons()) {
            out.append("<li>").append(escape(why)).append("</li>");
          }
          out.append("</ul>");
        }
        if (!c.aiSystemIds().isEmpty()) {
          out.append("AI systems: ");
          codes(c.aiSystemIds());
        }
        out.append("</td><td>");
        soa(c.soa());
        out.append("</td><td><span class=\"cell st-").append(c.status().name()).append("\">")
            .append(symbol(c.status())).append("</span> ").append(escape(statusLabel(c.status())));
        if (c.note() != null) {
          out.append("<br>").append(escape(c.note()));
        }
        out.append("</td><td>");
        String sep = "";
        for (String id : c.findings()) {
          out.append(sep).append("<a href=\"#f-").append(escape(id)).append("\"><code>")
              .append(escape(id)).append("</code></a>");
          sep = "<br>";
        }
        out.append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }

    private void soa(SoaView soa) {
      if (soa == null || !soa.listed()) {
        out.append("Not listed");
        return;
      }
      out.append(soa.included() == null ? "Listed" : soa.included() ? "Included" : "Excluded");
      if (soa.justification() != null) {
        out.append("<br>Justification: ").append(escape(soa.justification()));
      }
      if (soa.implementationStatus() != null) {
        out.append("<br>Implementation: ").append(escape(soa.implementationStatus()));
      }
    }

    private void codes(List<String> values) {
      String sep = "";
      for (String v : values) {
        out.append(sep).append("<code>").append(escape(v)).append("</code>");
        sep = ", ";
      }
    }

    private void findings() {
      List<Finding> all = report.findings();
      Map<String, Integer> clauses = new LinkedHashMap<>();
      for (RequirementResult r : report.requirements()) {
        clauses.putIfAbsent(RuleCatalog.groupOf(r.ref()), 0);
      }
      Map<Severity, Integer> bySeverity = new LinkedHashMap<>();
      for (Finding f : all) {
        clauses.merge(RuleCatalog.groupOf(f.requirement()), 1, Integer::sum);
        bySeverity.merge(f.severity(), 1, Integer::sum);
      }
      out.append("<section id=\"findings\">\n<h2>Findings</h2>\n")
          .append("<fieldset id=\"filters\" hidden>\n<legend>Show</legend>\n");
      for (Severity sev : Severity.values()) {
        out.append("<label><input type=\"checkbox\" class=\"severity-filter\" value=\"")
            .append(sev.name()).append("\" checked> ").append(escape(severityLabel(sev)))
            .append(" (").append(bySeverity.getOrDefault(sev, 0)).append(")</label>\n");
      }
      out.append("<label>Clause <select id=\"clause-filter\"><option value=\"\">All clauses")
          .append("</option>");
      for (Map.Entry<String, Integer> c : clauses.entrySet()) {
        if (c.getValue() == 0) {
          continue;
        }
        out.append("<option value=\"").append(escape(c.getKey())).append("\">")
            .append(escape(clauseLabel(c.getKey(), catalog))).append(" (").append(c.getValue())
            .append(")</option>");
      }
      out.append("</select></label>\n</fieldset>\n")
          .append("<p id=\"shown\" aria-live=\"polite\"><span id=\"shown-count\">")
          .append(all.size()).append("</span> <span id=\"shown-noun\">")
          .append(all.size() == 1 ? "finding" : "findings").append("</span> shown (of ")
          .append(all.size()).append(", waived ones included)</p>\n");
      if (all.isEmpty()) {
        out.append("<p>No findings.</p>\n");
      }
      for (Finding f : all) {
        finding(f);
      }
      out.append("</section>\n");
    }

    private void finding(Finding f) {
      out.append("<article class=\"finding sev-").append(f.severity().name())
          .append(f.isWaived() ? " waived" : "").append("\" id=\"f-").append(escape(f.id()))
          .append("\" data-id=\"").append(escape(f.id()))
          .append("\" data-severity=\"").append(f.severity().name())
          .append("\" data-clause=\"").append(escape(RuleCatalog.groupOf(f.requirement())))
          .append("\" data-waived=\"").append(f.isWaived()).append('"');
      if (f.baseline() != null) {
        out.append(" data-baseline=\"").append(f.baseline().name()).append('"');
      }
      out.append(">\n<h3><span class=\"sev\">").append(f.severity().name()).append("</span> ")
          .append(escape(f.requirement())).append(' ').append(escape(f.title()));
      if (f.isWaived()) {
        out.append("<span class=\"badge badge-waived\">WAIVED</span>");
      }
      if (f.baseline() != null) {
        out.append("<span class=\"badge badge-baseline\">").append(f.baseline().name())
            .append("</span>");
      }
      out.append("</h3>\n<p class=\"message\">").append(escape(f.message())).append("</p>\n");
      out.append("<dl class=\"props\">\n");
      prop("Severity", escape(severityLabel(f.severity())));
      String requirementTitle = title(f.requirement(), null);
      prop("Requirement", escape(f.requirement())
          + (requirementTitle.isEmpty() ? "" : " " + escape(requirementTitle)));
      if (!f.obligations().isEmpty()) {
        StringBuilder ob = new StringBuilder();
        for (String o : f.obligations()) {
          ob.append(ob.length() == 0 ? "" : ", ").append("<code>").append(escape(o))
              .append("</code>");
        }
        prop("Obligations", ob.toString());
      }
      if (f.basis() != null || f.basisRef() != null) {
        String basis = (f.basis() == null ? "" : escape(f.basis().name().toLowerCase(Locale.ROOT)))
            + (f.basisRef() == null ? "" : " " + escape(f.basisRef()));
        if (f.isRegulatory()) {
          basis += f.isoRequirement() != null
              ? "; an ISO/IEC 42001 nonconformity through " + escape(f.isoRequirement())
              : "; not an ISO/IEC 42001 nonconformity";
        }
        prop("Basis", basis.strip());
      }
      String url = HtmlText.httpsUrl(context.documentationOf(f.ruleId()).orElse(null));
      prop("Rule", url == null
          ? "<code>" + escape(f.ruleId()) + "</code>"
          : "<a href=\"" + escape(url) + "\" rel=\"noopener noreferrer\"><code>"
              + escape(f.ruleId()) + "</code></a>");
      prop("Subject", subject(f.subject()));
      if (f.entityId() != null) {
        prop("Entity", "<code>" + escape(f.entityId()) + "</code>");
      }
      prop("Finding id", "<code>" + escape(f.id()) + "</code>");
      if (f.baseline() != null) {
        prop("Baseline", f.baseline().name().equals("NEW") ? "New since the baseline"
            : "Unchanged since the baseline");
      }
      if (!f.references().isEmpty()) {
        StringBuilder refs = new StringBuilder();
        for (Reference r : f.references()) {
          refs.append(refs.length() == 0 ? "" : "; ").append(escape(r.framework())).append(' ')
              .append(escape(r.id()));
        }
        prop("Also concerns", refs.toString());
      }
      out.append("</dl>\n");
      if (!f.facts().isEmpty()) {
        out.append("<table class=\"facts\"><thead><tr><th>Fact</th><th>Value</th></tr></thead>")
            .append("<tbody>");
        for (Map.Entry<String, String> e : f.facts().entrySet()) {
          out.append("<tr><td>").append(escape(e.getKey())).append("</td><td>")
              .append(escape(e.getValue())).append("</td></tr>");
        }
        out.append("</tbody></table>\n");
      }
      parts("Stands for these minor nonconformities", f.escalates(), true);
      parts("Found on each of these subjects", f.instances(), false);
      if (!f.recommendedActions().isEmpty()) {
        out.append("<p><strong>Recommended actions</strong></p>\n<ul class=\"actions\">\n");
        for (String a : f.recommendedActions()) {
          out.append("<li>").append(escape(a)).append("</li>\n");
        }
        out.append("</ul>\n");
      }
      if (f.isWaived()) {
        Waiver w = f.waiver();
        out.append("<div class=\"waiver\"><strong>Waived</strong> (not counted) until ")
            .append(w.expiresOn()).append(", approved by ").append(escape(w.approvedBy()))
            .append(" on ").append(w.approvedOn()).append(": <span class=\"justification\">")
            .append(escape(w.justification())).append("</span></div>\n");
      }
      out.append("</article>\n");
    }

    private void parts(String heading, List<Finding> parts, boolean withRequirement) {
      if (parts.isEmpty()) {
        return;
      }
      out.append("<p><strong>").append(escape(heading)).append("</strong></p>\n<ul class=\"parts\">\n");
      for (Finding p : parts) {
        out.append("<li>");
        if (withRequirement) {
          out.append("<span class=\"sev\">").append(p.severity().name()).append("</span> ")
              .append(escape(p.requirement())).append(' ').append(escape(p.title())).append(": ");
        }
        out.append(escape(p.message())).append(" (at ").append(subject(p.subject())).append(')')
            .append("</li>\n");
      }
      out.append("</ul>\n");
    }

    private String subject(String pointer) {
      StringBuilder s = new StringBuilder();
      s.append("<code>").append(pointer.isEmpty() ? "(document)" : escape(pointer))
          .append("</code>");
      SourceDocument doc = context.sourceDocument().orElse(null);
      if (doc != null) {
        doc.locate(pointer).ifPresent(p -> s.append(", ").append(escape(doc.uri()))
            .append(" line ").append(p.line()).append(" column ").append(p.column()));
      }
      return s.toString();
    }

    private void prop(String name, String html) {
      out.append("<dt>").append(escape(name)).append("</dt><dd>").append(html).append("</dd>\n");
    }

    private void baseline() {
      BaselineComparison b = report.baseline();
      if (b == null) {
        return;
      }
      out.append("<section id=\"baseline\">\n<h2>Against the baseline</h2>\n<p>Baseline as of ")
          .append(b.baselineAsOf()).append(": <span id=\"baseline-new\" data-count=\"")
          .append(b.newFindings()).append("\">").append(b.newFindings())
          .append("</span> new, <span id=\"baseline-unchanged\" data-count=\"")
          .append(b.unchangedFindings()).append("\">").append(b.unchangedFindings())
          .append("</span> unchanged, <span id=\"baseline-fixed\" data-count=\"")
          .append(b.fixed().size()).append("\">").append(b.fixed().size())
          .append("</span> fixed.</p>\n");
      if (!b.fixed().isEmpty()) {
        out.append("<table id=\"fixed\">\n<thead><tr><th>Severity then</th><th>Requirement</th>")
            .append("<th>Rule</th><th>Subject</th><th>Message then</th><th>Finding id</th>")
            .append("</tr></thead>\n<tbody>\n");
        for (Baseline.Entry f : b.fixed()) {
          out.append("<tr class=\"fixed-finding\" data-id=\"").append(escape(f.id())).append("\"><td>")
              .append(f.severity() == null ? "" : f.severity().name()).append("</td><td>")
              .append(escape(f.requirement())).append("</td><td><code>").append(escape(f.ruleId()))
              .append("</code></td><td><code>").append(escape(f.subject())).append("</code></td><td>")
              .append(escape(f.message())).append("</td><td><code>").append(escape(f.id()))
              .append("</code></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
      }
      out.append("</section>\n");
    }

    private void waivers() {
      if (report.waivers().isEmpty()) {
        return;
      }
      out.append("<section id=\"waivers\">\n<h2>Waivers</h2>\n<table>\n<thead><tr><th>Rule</th>")
          .append("<th>Names</th><th>Justification</th><th>Approved</th><th>Expires</th>")
          .append("<th>Status</th><th>Findings</th></tr></thead>\n<tbody>\n");
      for (WaiverResult r : report.waivers()) {
        Waiver w = r.waiver();
        out.append("<tr data-status=\"").append(r.status().name()).append("\"><td><code>")
            .append(escape(w.ruleId())).append("</code></td><td>")
            .append(w.findingId() != null ? "finding <code>" + escape(w.findingId()) + "</code>"
                : "entity <code>" + escape(w.entityId()) + "</code>")
            .append("</td><td>").append(escape(w.justification())).append("</td><td>")
            .append(escape(w.approvedBy())).append(", ").append(w.approvedOn()).append("</td><td>")
            .append(w.expiresOn()).append("</td><td>").append(r.status().name()).append("</td><td>");
        String sep = "";
        for (String id : r.findings()) {
          out.append(sep).append("<a href=\"#f-").append(escape(id)).append("\"><code>")
              .append(escape(id)).append("</code></a>");
          sep = ", ";
        }
        out.append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n</section>\n");
    }
  }
}
