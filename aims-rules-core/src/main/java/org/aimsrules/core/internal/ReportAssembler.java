package org.aimsrules.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.internal.report.BaselineMarking;
import org.aimsrules.core.internal.report.CatalogIndex;
import org.aimsrules.core.internal.report.ControlsView;
import org.aimsrules.core.internal.report.Escalation;
import org.aimsrules.core.internal.report.Grading;
import org.aimsrules.core.internal.report.ReportInput;
import org.aimsrules.core.internal.report.ReportMemo;
import org.aimsrules.core.internal.report.RequirementStatuses;
import org.aimsrules.core.internal.report.SystemicGrouping;
import org.aimsrules.core.internal.report.Verdicts;
import org.aimsrules.core.internal.report.Waiving;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.SoaEntry;
import org.aimsrules.core.report.BaselineComparison;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.rule.ControlApplicability;
import org.aimsrules.core.rule.RequirementNotApplicable;
import org.aimsrules.core.rule.Violation;

/**
 * Turns what a rule session produced into a report by running the report stages in order (see
 * {@link org.aimsrules.core.internal.report}): grading, waivers, systemic grouping, escalation,
 * baseline, requirement statuses, the controls view, the verdict. Built once per catalog;
 * immutable and thread-safe.
 */
public final class ReportAssembler {
  private final CatalogIndex index;
  private final String generator;
  private final String catalogLabel;

  /**
   * Prepares an assembler for a catalog.
   *
   * @param catalog the catalog
   * @param generator name and version of the library, for the report
   */
  public ReportAssembler(RuleCatalog catalog, String generator) {
    this(catalog, generator, Map.of());
  }

  /**
   * Prepares an assembler for a catalog merged from several packs.
   *
   * @param catalog the catalog
   * @param generator name and version of the library, for the report
   * @param packOfRule the pack of each rule id
   */
  public ReportAssembler(RuleCatalog catalog, String generator, Map<String, String> packOfRule) {
    this(catalog, generator, packOfRule, catalog.id() + " " + catalog.version());
  }

  /**
   * Prepares an assembler for a catalog merged from several packs, naming them in the report.
   *
   * @param catalog the catalog
   * @param generator name and version of the library, for the report
   * @param packOfRule the pack of each rule id
   * @param catalogLabel the report's {@code catalog}: each pack's id and version, e.g.
   *     {@code iso42001 1.0 + acme 1.0.0}
   */
  public ReportAssembler(RuleCatalog catalog, String generator, Map<String, String> packOfRule,
      String catalogLabel) {
    this.index = new CatalogIndex(catalog, packOfRule);
    this.generator = generator;
    this.catalogLabel = catalogLabel;
  }

  /**
   * Builds the report.
   *
   * @param input what the session produced
   * @return the report
   */
  public EvaluationReport assemble(ReportInput input) {
    return assemble(input, null);
  }

  /**
   * Builds the report of a stateful session, reusing what it computed for its earlier reports.
   *
   * @param input what the session produced
   * @param memo the session's memo of its earlier reports ({@code null}: none kept)
   * @return the report
   */
  public EvaluationReport assemble(ReportInput input, ReportMemo memo) {
    EvaluationOptions options = input.options();
    Grading.Graded graded = Grading.grade(index, input, memo == null ? null : memo.grading());
    Waiving waiving = new Waiving(options.waivers(), input.asOf());
    List<Finding> counted = waiving.setAside(graded.findings());
    List<Finding> grouped = options.systemicFindings()
        ? SystemicGrouping.group(index, counted, memo == null ? null : memo.grouping())
        : counted;
    List<Finding> findings = new ArrayList<>(
        waiving.restore(Escalation.escalate(index, grouped, options.escalationThreshold(),
            memo == null ? null : memo.escalation())));
    findings.sort(index.findingOrder());
    BaselineComparison comparison = null;
    if (options.baseline() != null) {
      BaselineMarking.Marked marked = BaselineMarking.mark(findings, options.baseline());
      findings = marked.findings();
      comparison = marked.comparison();
    }
    ControlsView controls = new ControlsView(input);
    List<RequirementResult> results = RequirementStatuses.derive(index, input, findings,
        graded.absent(), controls.applicable(), controls.included(), memo);
    return new EvaluationReport(EvaluationReport.REPORT_VERSION, generator,
        catalogLabel, input.organization(), input.asOf(),
        Verdicts.summarize(index, findings, results), findings, results,
        controls.controls(index, results), waiving.results(), comparison);
  }

  /**
   * Builds the report of a model whose records a function locates (a convenience for tests and
   * callers without a session: the Statement of Applicability's entries are taken from the model).
   *
   * @param model the evaluated model
   * @param asOf evaluation date
   * @param options evaluation options
   * @param violations violations raised by the rules
   * @param applicability derived control applicability
   * @param notApplicable requirements rules found not applicable
   * @param pointerOf locates a model record in the document
   * @param evidenced the requirement refs for which the model holds some evidence
   * @return the report
   */
  public EvaluationReport assemble(AimsModel model, LocalDate asOf, EvaluationOptions options,
      Collection<Violation> violations, Collection<ControlApplicability> applicability,
      Collection<RequirementNotApplicable> notApplicable, Function<Object, String> pointerOf,
      Set<String> evidenced) {
    List<SoaEntry> soa = model.statementOfApplicability() == null ? List.of()
        : model.statementOfApplicability().entries();
    return assemble(new ReportInput(model.organization().name(), asOf, options, violations,
        applicability, notApplicable, soa, evidenced, locator(model, pointerOf)));
  }

  /**
   * A locator over a model.
   *
   * @param model the model the pointers point into
   * @param pointerOf where each record sits
   * @return the locator
   */
  public static ReportInput.Locator locator(AimsModel model, Function<Object, String> pointerOf) {
    return new ReportInput.Locator() {
      @Override
      public String pointerOf(Object record) {
        return pointerOf.apply(record);
      }

      @Override
      public String identityOf(String pointer) {
        return StableIdentity.of(model, pointer);
      }

      @Override
      public boolean holdsValue(String pointer) {
        return ModelPaths.holdsValue(model, pointer);
      }
    };
  }
}
