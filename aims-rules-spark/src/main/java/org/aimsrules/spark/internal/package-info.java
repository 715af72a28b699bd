/** The job's rows and per-partition evaluation. Not API. */
package org.aimsrules.spark.internal;
