/**
 * Evaluation of every tenant's AIMS model, at one or many dates, as an Apache Spark job
 * ({@link org.aimsrules.spark.EvaluateTenants}), the impact of a catalog change
 * ({@link org.aimsrules.spark.DiffFindings}) and the command line of the runnable jar
 * ({@link org.aimsrules.spark.Main}).
 */
package org.aimsrules.spark;
