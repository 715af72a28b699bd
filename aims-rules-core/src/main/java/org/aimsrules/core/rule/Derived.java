package org.aimsrules.core.rule;

import java.util.Set;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Inserts what a rule derives or raises, the way the session it runs in needs it. In DRL:
 * <pre>{@code
 * then
 *   Derived.insert(kcontext, new InScopeSystem($s.id()));
 * }</pre>
 *
 * <p>In a one-shot evaluation ({@code Evaluator.evaluate}) the session holds the global
 * {@value #FACTS_GLOBAL}: a set of what was inserted so far. The fact is inserted plainly, once per
 * value (a value inserted again is dropped), without truth maintenance. That is sound because the
 * evaluation never changes its input and its derivations are stratified: a derivation that reads a
 * derived type under {@code not}, {@code accumulate}, {@code collect} or {@code forall} has a lower
 * salience than every derivation of that type and of what that type rests on, so nothing it
 * concluded is ever withdrawn.
 *
 * <p>In any other session (an {@code EvaluationSession}, or a session a caller opens on the rule base)
 * the global is unset and the fact is inserted logically, as {@code insertLogical} does: truth
 * maintenance withdraws it when a change takes away what it rests on.
 */
public final class Derived {
  /** The global that holds a one-shot evaluation's inserted values. */
  public static final String FACTS_GLOBAL = "aimsDerivedFacts";

  private Derived() {}

  /**
   * Inserts a derived fact or a violation.
   *
   * @param kcontext the rule context (DRL's {@code kcontext})
   * @param fact what the rule derives or raises
   */
  public static void insert(RuleContext kcontext, Object fact) {
    KieRuntime runtime = kcontext.getKieRuntime();
    if (runtime.getGlobal(FACTS_GLOBAL) instanceof Set<?> inserted) {
      @SuppressWarnings("unchecked")
      Set<Object> values = (Set<Object>) inserted;
      if (values.add(fact)) {
        runtime.insert(fact);
      }
    } else {
      kcontext.insertLogical(fact);
    }
  }
}
