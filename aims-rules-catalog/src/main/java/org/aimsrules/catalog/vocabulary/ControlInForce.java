package org.aimsrules.catalog.vocabulary;

/**
 * An Annex A control the organization must operate now: derived applicable and not excluded by the
 * Statement of Applicability, or included in it, and in neither case deferred (not started, planned,
 * or partial with a completion still ahead). The Annex A groups check a control's implementation
 * only where it is in force, so an excluded or scheduled control is reported once, by the SoA rules.
 *
 * <p>Ask "is the control in force for this system?" with two indexed equalities rather than one
 * disjunction: {@code not (not ControlInForce(controlId == "A.x", aiSystemId == $id) and not
 * ControlInForce(controlId == "A.x", aiSystemId == null))}.
 *
 * <p>Derived by {@code derive/statement-of-applicability/in-force-by-applicability} and
 * {@code derive/statement-of-applicability/in-force-by-inclusion}.
 *
 * @param controlId the control, e.g. {@code A.6.2.8}
 * @param aiSystemId the system it is in force for, {@code null} for organization-wide
 */
public record ControlInForce(String controlId, String aiSystemId) {}
