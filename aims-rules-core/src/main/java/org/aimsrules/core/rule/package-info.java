/**
 * Types that rules use: facts the engine inserts ({@link org.aimsrules.core.rule.AsOf},
 * {@link org.aimsrules.core.rule.Intervals}), facts rules derive
 * ({@link org.aimsrules.core.rule.ControlApplicability},
 * {@link org.aimsrules.core.rule.RequirementNotApplicable}) and what they raise
 * ({@link org.aimsrules.core.rule.Violation}). A custom rule pack uses exactly these.
 */
package org.aimsrules.core.rule;
