/**
 * Types that rules use: facts the engine inserts ({@link org.aimsrules.core.rule.AsOf},
 * {@link org.aimsrules.core.rule.Intervals}), facts rules derive
 * ({@link org.aimsrules.core.rule.ControlApplicability},
 * {@link org.aimsrules.core.rule.RequirementNotApplicable}), what they raise
 * ({@link org.aimsrules.core.rule.Violation}) and how they insert it
 * ({@link org.aimsrules.core.rule.Derived}). A custom rule pack uses exactly these.
 */
package org.aimsrules.core.rule;
