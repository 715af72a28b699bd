package org.aimsrules.examples.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimsrules.core.format.WriteContext;
import org.aimsrules.core.report.Baseline;
import org.aimsrules.core.report.BaselineComparison;
import org.aimsrules.core.report.BaselineStatus;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Summary;
import org.aimsrules.core.report.Waiver;
import org.aimsrules.core.report.WaiverResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML report: its bytes (deterministic, self-contained, the script allowed by its hash,
 * hostile strings inert), and the page in a real headless Chromium driven through the DevTools
 * Protocol (no error, the counts of the summary, the severity and clause filters, no dialog from
 * hostile strings). Without a browser the browser tests are skipped, unless
 * {@code aims.browser.required=true} (as in CI), when they fail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlFormatTest {
  private static final String NO_BROWSER =
      "HTML report not tested: no Chromium; apt-get install chromium (or set CHROME_BIN)";
  private static final String HOSTILE_ORG =
      "Evil <script>alert(1)</script> Corp <img src=x onerror=alert(1)> & 'co' \"x\"";
  private static final String HOSTILE_MESSAGE = "Look ](javascript:alert(1)) \u001b[31mred\u001b[0m"
      + " \u202eevil\u202c <img src=x onerror=alert(1)><script>alert(1)</script>";
  /** What the page must show for {@link #HOSTILE_MESSAGE}: controls and bidi overrides gone. */
  private static final String HOSTILE_MESSAGE_SHOWN = "Look ](javascript:alert(1)) [31mred[0m"
      + " evil <img src=x onerror=alert(1)><script>alert(1)</script>";

  private HeadlessChromium browser;
  private boolean browserLooked;
  @TempDir
  Path pages;

  @BeforeAll
  void announce() {
    if (HeadlessChromium.find().isEmpty()) {
      System.err.println("\n*** " + NO_BROWSER + " ***\n");
    }
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (browser != null) {
      browser.close();
    }
  }

  /** The browser, started on first use; skips the test (or fails it when required) without one. */
  private HeadlessChromium browser() throws Exception {
    if (browser == null && !browserLooked) {
      browserLooked = true;
      var exe = HeadlessChromium.find();
      if (exe.isPresent()) {
        browser = HeadlessChromium.launch(exe.get());
      }
    }
    if (browser == null) {
      if (Boolean.getBoolean("aims.browser.required")) {
        fail(NO_BROWSER + " (aims.browser.required=true)");
      }
      Assumptions.assumeTrue(false, NO_BROWSER);
    }
    return browser;
  }

  static List<String> samples() {
    return SampleReports.samples();
  }

  /** The clause filter's value for a requirement: 9.2.2 is in 9, A.6.2.8 in A.6. */
  private static String clauseOf(String ref) {
    String[] parts = ref.split("[.-]");
    return ref.startsWith("A.") ? "A." + parts[1] : parts[0];
  }

  private HeadlessChromium.Tab load(String html, String name) throws Exception {
    Path file = pages.resolve(name + ".html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    HeadlessChromium.Tab tab = browser().open();
    boolean loaded = tab.navigate(file.toUri().toString());
    assertThat(tab.events("Page.javascriptDialogOpening")).as("dialogs opened").isEmpty();
    assertThat(loaded).as("page loaded").isTrue();
    return tab;
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(n -> ids.add(n.asText()));
    return ids;
  }

  /** The ids of the findings the page renders (displayed, whatever the reason). */
  private static final String VISIBLE_IDS = "Array.from(document.querySelectorAll("
      + "'article.finding')).filter(a => a.getClientRects().length > 0)"
      + ".map(a => a.dataset.id)";

  // ---------------------------------------------------------------- bytes, no browser needed

  @ParameterizedTest
  @MethodSource("samples")
  void sameReportGivesSameBytes(String sample) {
    String first = SampleReports.write("html", sample);
    assertThat(SampleReports.write("html", sample)).isEqualTo(first);
    assertThat(first).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void pageIsSelfContainedAndItsScriptIsAllowedByHash(String sample) throws Exception {
    String html = SampleReports.write("html", sample);
    assertThat(html).doesNotContain(" src=", "<link", "@import", "url(", "<iframe", "<object");
    Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")
        .matcher(html);
    assertThat(csp.find()).as("CSP meta tag").isTrue();
    Matcher script = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertThat(script.find()).isTrue();
    String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
        .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
    assertThat(style.find()).isTrue();
    String styleHash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
        .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
    assertThat(csp.group(1)).isEqualTo("default-src &#39;none&#39;; style-src &#39;sha256-"
        + styleHash + "&#39;;"
        + " script-src &#39;sha256-" + hash + "&#39;; img-src data:; base-uri &#39;none&#39;;"
        + " form-action &#39;none&#39;");
    assertThat(script.find()).as("a second script").isFalse();
    // Every link is to a place in the page or to the rule reference, over https.
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertThat(href.group(1)).matches("#f-[0-9a-f]+|https://github\\.com/aims-rules/.*");
    }
  }

  @Test
  void hostileStringsAreEscapedAndStripped() {
    String html = SampleReports.write("html", hostileReport(), hostileContext());
    assertThat(html)
        .doesNotContain("<script>alert", "<img", "\u001b", "\u202e", "\u202c", "javascript:alert(1)\"")
        .contains("Evil &lt;script&gt;alert(1)&lt;/script&gt; Corp &lt;img src=x onerror=alert(1)&gt;"
            + " &amp; &#39;co&#39; &quot;x&quot;")
        .contains("Look ](javascript:alert(1)) [31mred[0m evil &lt;img");
    // A documentation address that is not https is not linked.
    assertThat(html).doesNotContain("href=\"javascript", "href=\"http:");
  }

  // ---------------------------------------------------------------- in the browser

  @ParameterizedTest
  @MethodSource("samples")
  void pageShowsTheSummaryCountsWithoutErrors(String sample) throws Exception {
    EvaluationReport report = SampleReports.report(sample);
    HeadlessChromium.Tab tab = load(SampleReports.write("html", sample), sample);
    try {
      assertThat(tab.evaluate("document.documentElement.dataset.script").asText())
          .as("the inline script ran under the CSP").isEqualTo("ready");
      JsonNode bars = tab.evaluate("Array.from(document.querySelectorAll('#severity-chart g.bar'))"
          + ".map(g => [g.dataset.severity, Number(g.dataset.count),"
          + " g.querySelector('text.count').textContent])");
      Map<Severity, Integer> shown = new EnumMap<>(Severity.class);
      for (JsonNode bar : bars) {
        assertThat(bar.get(2).asText()).isEqualTo(bar.get(1).asText());
        shown.put(Severity.valueOf(bar.get(0).asText()), bar.get(1).asInt());
      }
      assertThat(shown).isEqualTo(report.summary().counts());
      assertThat(tab.evaluate("Number(document.getElementById('waived').dataset.count)").asInt())
          .isEqualTo(report.summary().waived());
      assertThat(tab.evaluate("document.querySelectorAll('#heatmap .cell').length").asInt())
          .isEqualTo(report.requirements().size());
      assertThat(tab.evaluate("document.querySelectorAll('#controls tbody tr').length").asInt())
          .isEqualTo(report.controls().size());
      assertThat(ids(tab.evaluate(VISIBLE_IDS)))
          .isEqualTo(report.findings().stream().map(Finding::id).toList());
      assertThat(tab.evaluate("document.getElementById('shown').textContent").asText())
          .startsWith(report.findings().size() + " findings shown");
      assertThat(tab.errors()).as("console errors, exceptions, CSP violations").isEmpty();
    } finally {
      tab.close();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void severityAndClauseFiltersShowExactlyTheirFindings(String sample) throws Exception {
    EvaluationReport report = SampleReports.report(sample);
    Assumptions.assumeFalse(report.findings().isEmpty(), "no findings to filter");
    HeadlessChromium.Tab tab = load(SampleReports.write("html", sample), sample);
    try {
      for (Severity severity : Severity.values()) {
        tab.evaluate("document.querySelector('input.severity-filter[value=" + severity.name()
            + "]').click()");
        List<String> expected = report.findings().stream()
            .filter(f -> f.severity() != severity).map(Finding::id).toList();
        assertThat(ids(tab.evaluate(VISIBLE_IDS))).as("without " + severity).isEqualTo(expected);
        assertThat(tab.evaluate("document.getElementById('shown').textContent").asText())
            .startsWith(expected.size() + (expected.size() == 1 ? " finding shown" : " findings shown"));
        tab.evaluate("document.querySelector('input.severity-filter[value=" + severity.name()
            + "]').click()");
        assertThat(ids(tab.evaluate(VISIBLE_IDS))).hasSize(report.findings().size());
      }
      String clause = clauseOf(report.findings().get(report.findings().size() - 1).requirement());
      tab.evaluate("(() => { const s = document.getElementById('clause-filter'); s.value = '"
          + clause + "'; s.dispatchEvent(new Event('change')); })()");
      List<String> expected = report.findings().stream()
          .filter(f -> clauseOf(f.requirement()).equals(clause)).map(Finding::id).toList();
      assertThat(expected).isNotEmpty();
      assertThat(ids(tab.evaluate(VISIBLE_IDS))).as("clause " + clause).isEqualTo(expected);
      assertThat(tab.evaluate("document.getElementById('shown-count').textContent").asText())
          .isEqualTo(String.valueOf(expected.size()));
      // Printed, the page shows every finding whatever the filters, and no filter.
      tab.call("Emulation.setEmulatedMedia", HeadlessChromium.params().put("media", "print"));
      assertThat(ids(tab.evaluate(VISIBLE_IDS)))
          .isEqualTo(report.findings().stream().map(Finding::id).toList());
      assertThat(tab.evaluate("getComputedStyle(document.getElementById('filters')).display")
          .asText()).isEqualTo("none");
      tab.call("Emulation.setEmulatedMedia", HeadlessChromium.params().put("media", ""));
      assertThat(ids(tab.evaluate(VISIBLE_IDS))).isEqualTo(expected);
      assertThat(tab.errors()).isEmpty();
    } finally {
      tab.close();
    }
  }

  @Test
  void theHostileCorpusOpensNoDialogRunsNoScriptOfTheModelAndRequestsNothing() throws Exception {
    EvaluationReport report = org.aimsrules.catalog.Iso42001.evaluator().evaluate(
        org.aimsrules.core.io.AimsModelReader.create().read(HostileOutputTest.hostileBytes()),
        org.aimsrules.core.engine.EvaluationOptions.builder().asOf(SampleReports.AS_OF).build());
    HeadlessChromium.Tab tab = load(SampleReports.write("html", report,
        SampleReports.context("startup-beginning-aims")), "corpus");
    try {
      assertThat(tab.errors()).isEmpty();
      assertThat(tab.evaluate("document.querySelectorAll('script').length").asInt()).isEqualTo(1);
      assertThat(tab.evaluate("document.querySelectorAll('img, iframe, object, svg[onload]').length")
          .asInt()).isZero();
      List<String> requested = new ArrayList<>();
      tab.events("Network.requestWillBeSent")
          .forEach(e -> requested.add(e.path("params").path("request").path("url").asText()));
      assertThat(requested).as("requests").allMatch(u -> u.startsWith("file:"));
      assertThat(tab.evaluate("document.getElementById('organization').textContent").asText())
          .startsWith("Org <script><script>");
    } finally {
      tab.close();
    }
  }

  @Test
  void hostileStringsOpenNoDialogAndShowLiterally() throws Exception {
    EvaluationReport report = hostileReport();
    HeadlessChromium.Tab tab = load(SampleReports.write("html", report, hostileContext()), "hostile");
    try {
      assertThat(tab.evaluate("document.getElementById('organization').textContent").asText())
          .isEqualTo(HOSTILE_ORG);
      assertThat(tab.evaluate("document.title").asText()).contains(HOSTILE_ORG);
      String first = report.findings().get(0).id();
      assertThat(tab.evaluate("document.querySelector('#f-" + first + " .message').textContent")
          .asText()).isEqualTo(HOSTILE_MESSAGE_SHOWN);
      assertThat(tab.evaluate("document.querySelectorAll('script').length").asInt()).isEqualTo(1);
      assertThat(tab.evaluate("document.querySelectorAll('img, iframe, object').length").asInt())
          .isZero();
      assertThat(ids(tab.evaluate("Array.from(document.querySelectorAll('a[href]'))"
          + ".map(a => a.getAttribute('href')).filter(h => !h.startsWith('#'))"))).isEmpty();
      // waived and baseline states are shown, and the counts are the summary's
      assertThat(tab.evaluate("document.querySelector('#f-" + first + "').dataset.waived").asText())
          .isEqualTo("true");
      assertThat(tab.evaluate("document.querySelector('#f-" + first + " .badge-waived').textContent")
          .asText()).isEqualTo("WAIVED");
      assertThat(tab.evaluate("document.querySelector('#f-" + first + " .justification').textContent")
          .asText()).isEqualTo(HOSTILE_ORG);
      assertThat(tab.evaluate("document.querySelector('#f-" + first + "').dataset.baseline").asText())
          .isEqualTo("UNCHANGED");
      assertThat(tab.evaluate("Number(document.getElementById('waived').dataset.count)").asInt())
          .isEqualTo(1);
      assertThat(tab.evaluate("Array.from(document.querySelectorAll('#fixed tr.fixed-finding'))"
          + ".map(r => r.cells[4].textContent)").get(0).asText()).isEqualTo(HOSTILE_MESSAGE_SHOWN);
      Thread.sleep(200);
      assertThat(tab.events("Page.javascriptDialogOpening")).isEmpty();
      assertThat(tab.errors()).isEmpty();
    } finally {
      tab.close();
    }
  }

  @Test
  void harnessSeesCspViolationsExceptionsAndDialogs() throws Exception {
    Path file = pages.resolve("bad.html");
    Files.writeString(file, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\""
        + " content=\"script-src 'none'\"></head><body><script>document.title='ran'</script>"
        + "</body></html>");
    HeadlessChromium.Tab tab = browser().open();
    try {
      assertThat(tab.navigate(file.toUri().toString())).isTrue();
      assertThat(tab.evaluate("document.title").asText()).isNotEqualTo("ran");
      assertThat(tab.errors()).anySatisfy(e -> assertThat(e).contains("Content Security Policy"));
    } finally {
      tab.close();
    }
    Files.writeString(file, "<!DOCTYPE html><html><body><script>throw new Error('boom')</script>"
        + "<script>console.error('said')</script></body></html>");
    tab = browser().open();
    try {
      assertThat(tab.navigate(file.toUri().toString())).isTrue();
      assertThat(tab.errors()).anySatisfy(e -> assertThat(e).startsWith("Runtime.exceptionThrown"))
          .anySatisfy(e -> assertThat(e).startsWith("Runtime.consoleAPICalled"));
    } finally {
      tab.close();
    }
    Files.writeString(file, "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
    tab = browser().open();
    try {
      assertThat(tab.navigate(file.toUri().toString())).isFalse();
      assertThat(tab.events("Page.javascriptDialogOpening")).hasSize(1);
      tab.call("Page.handleJavaScriptDialog", HeadlessChromium.params().put("accept", true));
    } finally {
      tab.close();
    }
  }

  /**
   * The startup sample with hostile strings in the organization, its first finding (waived, with
   * the same hostile justification, unchanged against a baseline) and a fixed finding.
   */
  private static EvaluationReport hostileReport() {
    EvaluationReport r = SampleReports.report("startup-beginning-aims");
    List<Finding> findings = new ArrayList<>();
    for (Finding f : r.findings()) {
      findings.add(f.withBaseline(BaselineStatus.NEW));
    }
    Finding f = findings.get(0);
    Map<String, String> facts = new LinkedHashMap<>(f.facts());
    facts.put("<script>alert(1)</script>", HOSTILE_MESSAGE);
    Waiver waiver = new Waiver(f.ruleId(), f.id(), null, HOSTILE_ORG, "CISO <b>x</b>",
        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    findings.set(0, new Finding(f.id(), f.ruleId(), f.requirement(), f.obligations(), f.basis(),
        f.basisRef(), f.isoRequirement(), f.severity(), f.title(), "/x/<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>", f.identity(), HOSTILE_MESSAGE, facts,
        List.of(HOSTILE_MESSAGE), f.references(), f.escalates(), f.instances(), null, null)
        .withWaiver(waiver).withBaseline(BaselineStatus.UNCHANGED));
    Summary s = r.summary();
    Map<Severity, Integer> counts = new EnumMap<>(s.counts());
    counts.merge(f.severity(), -1, Integer::sum);
    Summary summary = new Summary(s.verdict(), List.of(HOSTILE_MESSAGE), s.decidingFindings(),
        counts, 1, s.regulatoryCounts(), s.requirements());
    BaselineComparison baseline = new BaselineComparison(LocalDate.of(2026, 1, 31),
        findings.size() - 1, 1, List.of(new Baseline.Entry("00000000deadbeef",
            "4.1/x", "4.1", Severity.MINOR, "/<script>", HOSTILE_MESSAGE)));
    return new EvaluationReport(r.reportVersion(), r.generator(), r.catalog(), HOSTILE_ORG,
        r.asOf(), summary, findings, r.requirements(), r.controls(),
        List.of(new WaiverResult(waiver, WaiverResult.Status.APPLIED, List.of(f.id()))), baseline);
  }

  /** Documentation links that are not https: never linked. */
  private static WriteContext hostileContext() {
    return new WriteContext(null, id -> "javascript:alert(1)");
  }
}
