/** The report writers of {@link org.aimsrules.core.format.ReportWriters}. Not API. */
package org.aimsrules.core.internal.format;
