package org.aimsrules.core.catalog;

/**
 * What a rule rests on, and so how far its findings may be graded.
 *
 * <ul>
 *   <li>{@link #REQUIREMENT}: a "shall" of clauses 4 to 10, or the text of an Annex A control that the
 *       Statement of Applicability includes or the organization's context makes applicable. Findings
 *       may be nonconformities.
 *   <li>{@link #GUIDANCE}: implementation guidance (Annex B), another standard's practice (ISO/IEC
 *       42005, 42006) or general good practice. Findings are observations or opportunities for
 *       improvement, never nonconformities.
 *   <li>{@link #REGULATION}: a legal obligation (the EU AI Act). Findings form a kind of their own;
 *       one is an ISO/IEC 42001 nonconformity only through the requirement of the standard that the
 *       rule names as {@link RuleMetadata#isoRequirement()}.
 * </ul>
 */
public enum Basis {
  /** A requirement of ISO/IEC 42001 (clauses 4 to 10 or an applicable Annex A control). */
  REQUIREMENT,
  /** Guidance or good practice: an observation or an opportunity for improvement at most. */
  GUIDANCE,
  /** A legal obligation: its own kind of finding. */
  REGULATION
}
