package org.aimsrules.spark.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.engine.RulePack;
import org.aimsrules.core.engine.RulePacks;

/**
 * The evaluator of this JVM: built on first use by the first task that needs it, then shared by
 * every task the executor runs. It is held in a static field and never serialized, so the rule base
 * is loaded once per executor, not shipped with each task.
 *
 * <p>Its packs are the ISO/IEC 42001 catalog, then every other pack found on the class path
 * ({@link RulePacks#discover(ClassLoader)}): a vendor pack joins by adding its jar to the job's
 * class path ({@code spark-submit --jars}).
 */
public final class ExecutorEvaluator {
  private static volatile Evaluator evaluator;

  private ExecutorEvaluator() {}

  /**
   * The shared evaluator.
   *
   * @return the evaluator of this JVM
   */
  public static Evaluator get() {
    Evaluator e = evaluator;
    if (e == null) {
      synchronized (ExecutorEvaluator.class) {
        e = evaluator;
        if (e == null) {
          e = build();
          evaluator = e;
        }
      }
    }
    return e;
  }

  /**
   * The ids of the rules of the packs the evaluator has, from their catalogs only: the driver checks
   * the job's disabled rules without loading a rule base.
   *
   * @return the rule ids
   */
  public static Set<String> ruleIds() {
    Set<String> ids = new java.util.TreeSet<>();
    for (RulePack p : packs()) {
      ids.addAll(p.catalog().rulesById().keySet());
    }
    return ids;
  }

  private static Evaluator build() {
    return Evaluator.builder().rulePacks(packs()).build();
  }

  private static List<RulePack> packs() {
    List<RulePack> packs = new ArrayList<>();
    packs.add(Iso42001.rulePack());
    Set<String> ids = new LinkedHashSet<>();
    ids.add(Iso42001.rulePack().id());
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ExecutorEvaluator.class.getClassLoader();
    }
    for (RulePack p : RulePacks.discover(loader)) {
      if (ids.add(p.id())) {
        packs.add(p);
      }
    }
    return packs;
  }
}
