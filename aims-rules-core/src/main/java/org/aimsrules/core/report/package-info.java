/**
 * The evaluation report: graded findings, per-requirement and per-control status, the
 * certification-readiness verdict, and writers that render a report as JSON or text.
 */
package org.aimsrules.core.report;
