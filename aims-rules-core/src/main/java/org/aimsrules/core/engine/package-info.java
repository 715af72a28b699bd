/**
 * The evaluation engine: {@link org.aimsrules.core.engine.Evaluator} built once over a
 * {@link org.aimsrules.core.engine.RulePack}, evaluating models statelessly with
 * {@link org.aimsrules.core.engine.EvaluationOptions}.
 */
package org.aimsrules.core.engine;
