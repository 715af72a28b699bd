package org.aimsrules.core.internal.format;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The fixed style sheet and script of the HTML report, and the Content Security Policy that allows
 * exactly that script (by its SHA-256 hash) and nothing from outside the page. Neither holds any
 * text of a report: the script reads what it needs from the page's {@code data-} attributes.
 */
final class HtmlAssets {
  private HtmlAssets() {}

  /** The style sheet, for an inline {@code <style>}. */
  static final String CSS = """
      :root{--major:#b71c1c;--minor:#e65100;--observation:#1565c0;--opportunity:#2e7d32;\
      --conforming:#2e7d32;--nonconforming:#c62828;--not-evidenced:#f9a825;\
      --not-applicable:#9e9e9e;--not-automated:#6a1b9a;}
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;\
      max-width:72rem;padding:1rem 1.5rem;color:#1a1a1a;line-height:1.45}
      h1{font-size:1.6rem;margin-bottom:.2rem}
      h2{border-bottom:2px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
      .meta-line{color:#555;margin:.1rem 0}
      .verdict{font-size:1.2rem;font-weight:bold;padding:.4rem .8rem;border-left:6px solid #555}
      .verdict-NOT_READY{border-color:var(--major)}
      .verdict-STAGE_1_READY{border-color:var(--minor)}
      .verdict-STAGE_2_READY{border-color:var(--conforming)}
      table{border-collapse:collapse;width:100%;margin:.5rem 0}
      th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
      th{background:#f2f2f2}
      ul.plain{margin:0;padding-left:1.1rem}
      .chart text{font-size:13px;fill:#1a1a1a}
      .heatmap .row{display:flex;align-items:flex-start;margin:2px 0}
      .heatmap .group{width:6.5rem;flex:none;white-space:nowrap;font-weight:bold;font-size:.9rem;padding-top:2px}
      .heatmap .cells{display:flex;flex-wrap:wrap;gap:2px}
      .cell{display:inline-block;min-width:1.3rem;height:1.3rem;line-height:1.3rem;\
      text-align:center;font-size:.75rem;font-weight:bold;color:#fff;border-radius:2px}
      .cell.main{outline:2px solid #333;outline-offset:-2px}
      .st-CONFORMING{background:var(--conforming)}
      .st-NONCONFORMING{background:var(--nonconforming)}
      .st-NOT_EVIDENCED{background:var(--not-evidenced);color:#1a1a1a}
      .st-NOT_APPLICABLE{background:var(--not-applicable)}
      .st-NOT_AUTOMATED{background:var(--not-automated)}
      .legend{display:flex;flex-wrap:wrap;gap:1rem;margin:.5rem 0;font-size:.9rem}
      .legend .cell{margin-right:.3rem}
      #filters{border:1px solid #ccc;padding:.5rem .8rem;margin:.5rem 0}
      #filters label{margin-right:1rem}
      #shown{font-weight:bold}
      .finding{border:1px solid #ccc;border-left:6px solid #888;padding:.4rem .8rem;margin:.8rem 0}
      .finding[hidden]{display:none}
      .finding.sev-MAJOR{border-left-color:var(--major)}
      .finding.sev-MINOR{border-left-color:var(--minor)}
      .finding.sev-OBSERVATION{border-left-color:var(--observation)}
      .finding.sev-OPPORTUNITY{border-left-color:var(--opportunity)}
      .finding.waived{opacity:.8;border-style:dashed}
      .finding h3{font-size:1.05rem;margin:.2rem 0}
      .sev{font-family:monospace;font-weight:bold}
      .badge{display:inline-block;font-size:.75rem;border:1px solid #555;border-radius:3px;\
      padding:0 .3rem;margin-left:.4rem;vertical-align:middle}
      .message{white-space:pre-wrap}
      dl.props{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0}
      dl.props dt{font-weight:bold;color:#444}
      dl.props dd{margin:0;overflow-wrap:anywhere}
      .waiver{border:1px dashed #555;padding:.3rem .6rem;margin:.4rem 0}
      code{overflow-wrap:anywhere}
      @media print{
      #filters,#shown{display:none}
      .finding[hidden]{display:block!important}
      body{max-width:none;padding:0}
      th{background:none}
      .finding,.heatmap .row,tr{break-inside:avoid}
      .cell{color:#000!important;background:none!important;border:1px solid #000}
      a{color:#000}
      }
      """;

  /**
   * The filter script: severity checkboxes and the clause select show and hide the findings and
   * update the counter. It runs once the page is parsed and marks the root element
   * {@code data-script="ready"}.
   */
  static final String SCRIPT = """
      (function () {
        'use strict';
        var boxes = document.querySelectorAll('#filters input.severity-filter');
        var clause = document.getElementById('clause-filter');
        var findings = document.querySelectorAll('article.finding');
        var count = document.getElementById('shown-count');
        var noun = document.getElementById('shown-noun');
        function apply() {
          var on = {};
          for (var i = 0; i < boxes.length; i++) {
            if (boxes[i].checked) { on[boxes[i].value] = true; }
          }
          var wanted = clause.value;
          var shown = 0;
          for (var j = 0; j < findings.length; j++) {
            var f = findings[j];
            var visible = on[f.getAttribute('data-severity')] === true
                && (wanted === '' || f.getAttribute('data-clause') === wanted);
            f.hidden = !visible;
            if (visible) { shown++; }
          }
          count.textContent = String(shown);
          noun.textContent = shown === 1 ? 'finding' : 'findings';
        }
        for (var k = 0; k < boxes.length; k++) { boxes[k].addEventListener('change', apply); }
        clause.addEventListener('change', apply);
        document.getElementById('filters').hidden = false;
        apply();
        document.documentElement.setAttribute('data-script', 'ready');
      })();
      """;

  /**
   * The Content Security Policy: nothing from outside, only this page's style sheet and its script,
   * each allowed by its hash (no inline style attribute or handler would run either).
   */
  static final String CSP = "default-src 'none'; style-src '" + sha256("\n" + CSS)
      + "'; script-src '"
      + sha256(SCRIPT) + "'; img-src data:; base-uri 'none'; form-action 'none'";

  private static String sha256(String script) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
