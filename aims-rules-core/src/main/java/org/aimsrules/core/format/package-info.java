/**
 * Report formats: the {@link org.aimsrules.core.format.ReportWriter} interface, the registry of
 * writers ({@link org.aimsrules.core.format.ReportWriters}: JSON, text, SARIF 2.1.0, OSCAL
 * assessment results, JUnit XML, Markdown and HTML, plus any found through {@link
 * java.util.ServiceLoader}), and what a writer may use besides the report ({@link
 * org.aimsrules.core.format.WriteContext}, {@link org.aimsrules.core.format.SourceDocument}).
 */
package org.aimsrules.core.format;
