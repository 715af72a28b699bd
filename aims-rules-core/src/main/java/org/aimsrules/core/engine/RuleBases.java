package org.aimsrules.core.engine;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a rule pack's KieBase from an executable model precompiled by {@code kie-maven-plugin}, and
 * checks it: a jar whose model cannot be found loads zero rules without any error, so the loader
 * insists that the model resource is present and that the rules it loaded are exactly the rules the
 * catalog declares. Derivation rules (named with {@link #DERIVATION_PREFIX}) are not counted.
 */
public final class RuleBases {
  /**
   * Name prefix of derivation rules: rules that only insert derived facts (never a violation) and
   * therefore carry no metadata of their own.
   */
  public static final String DERIVATION_PREFIX = "derive/";

  private static final Logger LOG = LoggerFactory.getLogger(RuleBases.class);

  private RuleBases() {}

  /**
   * Loads and checks a precompiled KieBase. Call it once per process per container id (KIE refuses a
   * second container with the same id): keep the result.
   *
   * @param containerId a container id unique to the pack
   * @param loader the class loader holding the pack's jar
   * @param modelResource the class-path resource the precompiled model must provide, e.g.
   *     {@code META-INF/kie/org.aimsrules/aims-rules-catalog/drools-model}
   * @param kieBaseName the KieBase name in the pack's kmodule.xml
   * @param expectedRuleIds the rule names the catalog declares
   * @return the KieBase
   * @throws IllegalStateException when the model is missing or its rules differ from the catalog's
   */
  public static KieBase loadPrecompiled(String containerId, ClassLoader loader, String modelResource,
      String kieBaseName, Collection<String> expectedRuleIds) {
    if (loader.getResource(modelResource) == null) {
      throw new IllegalStateException("the precompiled rule model " + modelResource
          + " is not on the class path; the rule pack jar is incomplete (was it shaded or copied "
          + "without its META-INF/kie and META-INF/maven entries?)");
    }
    long start = System.nanoTime();
    KieContainer container = KieServices.get().newKieClasspathContainer(containerId, loader);
    KieBase kieBase = container.getKieBase(kieBaseName);
    Set<String> loaded = new TreeSet<>();
    for (KiePackage p : kieBase.getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (!r.getName().startsWith(DERIVATION_PREFIX)) {
          loaded.add(r.getName());
        }
      }
    }
    Set<String> expected = new TreeSet<>(expectedRuleIds);
    if (expected.isEmpty() || !loaded.equals(expected)) {
      Set<String> missing = new TreeSet<>(expected);
      missing.removeAll(loaded);
      Set<String> unexpected = new TreeSet<>(loaded);
      unexpected.removeAll(expected);
      throw new IllegalStateException("rule base " + kieBaseName + " loaded " + loaded.size()
          + " rules, the catalog declares " + expected.size() + "; missing: " + limit(missing)
          + "; without metadata: " + limit(unexpected));
    }
    LOG.debug("rule base {} loaded with {} rules in {} ms", kieBaseName, loaded.size(),
        (System.nanoTime() - start) / 1_000_000);
    return kieBase;
  }

  private static String limit(Set<String> ids) {
    List<String> list = List.copyOf(ids);
    return list.size() <= 20 ? list.toString()
        : list.subList(0, 20) + " and " + (list.size() - 20) + " more";
  }
}
