/**
 * The report stages, each with one job, run in order by
 * {@link org.aimsrules.core.internal.ReportAssembler}: {@link
 * org.aimsrules.core.internal.report.Grading} (violations to findings, located by stable identity),
 * {@link org.aimsrules.core.internal.report.Waiving} (waivers set findings aside),
 * {@link org.aimsrules.core.internal.report.SystemicGrouping}, {@link
 * org.aimsrules.core.internal.report.Escalation}, {@link
 * org.aimsrules.core.internal.report.BaselineMarking}, {@link
 * org.aimsrules.core.internal.report.RequirementStatuses}, {@link
 * org.aimsrules.core.internal.report.ControlsView} and {@link
 * org.aimsrules.core.internal.report.Verdicts}. They read what the rule session produced
 * ({@link org.aimsrules.core.internal.report.ReportInput}) and the catalog ({@link
 * org.aimsrules.core.internal.report.CatalogIndex}), never the input model. Not API.
 */
package org.aimsrules.core.internal.report;
