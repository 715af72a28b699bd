/**
 * Test support for suites that assert compliance: fluent AssertJ assertions on an
 * {@link org.aimsrules.core.report.EvaluationReport} ({@link org.aimsrules.test.AimsAssertions}) and
 * the JUnit 5 extension {@link org.aimsrules.test.AimsEvaluation} that injects a report, an
 * evaluator or a model. The rule-author harness is in {@link org.aimsrules.test.fixtures}.
 */
package org.aimsrules.test;
