package org.aimsrules.core.internal.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.model.SoaEntry;
import org.aimsrules.core.rule.ControlApplicability;
import org.aimsrules.core.rule.RequirementNotApplicable;
import org.aimsrules.core.rule.Violation;

/**
 * What the report stages are made from: what the rule session produced, and where things sit in
 * the evaluated document.
 *
 * @param organization the organization's name
 * @param asOf the evaluation date
 * @param options the evaluation options (tailoring, escalation, waivers, baseline)
 * @param violations the violations the rules raised
 * @param applicability the derived control applicability
 * @param notApplicable the requirements rules found not applicable
 * @param soaEntries the Statement of Applicability's entries, as inserted in the session
 * @param evidenced the requirement refs of the evidence the model holds ({@code null}: unknown)
 * @param locator where records and pointers sit in the document
 */
public record ReportInput(String organization, LocalDate asOf, EvaluationOptions options,
    Collection<Violation> violations, Collection<ControlApplicability> applicability,
    Collection<RequirementNotApplicable> notApplicable, List<SoaEntry> soaEntries,
    Set<String> evidenced, Locator locator) {

  /** Where records and pointers sit in the evaluated document. */
  public interface Locator {
    /**
     * The JSON Pointer of a record of the model.
     *
     * @param record a record
     * @return its pointer, or {@code null} when it is not part of the model
     */
    String pointerOf(Object record);

    /**
     * The stable identity of a pointer ({@link org.aimsrules.core.internal.StableIdentity}).
     *
     * @param pointer a JSON Pointer
     * @return its identity
     */
    String identityOf(String pointer);

    /**
     * Whether the document holds a present value at a pointer.
     *
     * @param pointer a JSON Pointer
     * @return false when the place is missing, null, empty or blank
     */
    boolean holdsValue(String pointer);
  }
}
