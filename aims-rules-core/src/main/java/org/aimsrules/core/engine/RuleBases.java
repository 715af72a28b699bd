package org.aimsrules.core.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.EqualityBehaviorOption;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a rule pack's KieBase from an executable model precompiled by {@code kie-maven-plugin}, and
 * checks it. The KieBase is built straight from the model classes that the model resource names,
 * with identity equality and cloud event processing (the options every pack's kmodule.xml declares):
 * no {@code KieContainer}, so no kmodule.xml parsing, no Maven release-id lookup and no XML
 * support at run time, which took about a third of a cold start. A jar whose model cannot be found
 * would load zero rules without any error, so the loader insists that the model resource is present
 * and that the rules it loaded are exactly the rules the catalog declares. Derivation rules (named
 * with {@link #DERIVATION_PREFIX}) are not counted.
 */
public final class RuleBases {
  /**
   * Name prefix of derivation rules: rules that only insert derived facts (never a violation) and
   * therefore carry no metadata of their own.
   */
  public static final String DERIVATION_PREFIX = "derive/";

  /** First line of the model resource: the executable-model version, not a class name. */
  private static final String VERSION_HEADER = "Drools-Model-Version:";

  private static final Logger LOG = LoggerFactory.getLogger(RuleBases.class);

  private RuleBases() {}

  /**
   * Loads and checks a precompiled KieBase. Each call builds a new KieBase: keep the result.
   *
   * @param containerId an id unique to the pack (kept for compatibility and logging; no KIE
   *     container is created)
   * @param loader the class loader holding the pack's jar
   * @param modelResource the class-path resource the precompiled model must provide, e.g.
   *     {@code META-INF/kie/org.aimsrules/aims-rules-catalog/drools-model}: it names the model
   *     classes, one a line
   * @param kieBaseName the KieBase name (as in the pack's kmodule.xml)
   * @param expectedRuleIds the rule names the catalog declares
   * @return the KieBase
   * @throws IllegalStateException when the model is missing or its rules differ from the catalog's
   */
  public static KieBase loadPrecompiled(String containerId, ClassLoader loader, String modelResource,
      String kieBaseName, Collection<String> expectedRuleIds) {
    return loadPrecompiled(containerId, loader, List.of(modelResource), kieBaseName,
        expectedRuleIds);
  }

  /**
   * Loads and checks a precompiled KieBase made of several precompiled models: a pack's own and
   * those of the packs it includes (the executable model of a kbase that {@code includes} another
   * holds only its own rules; Drools' KieContainer would add the included kbase's, this loader adds
   * their models). Each call builds a new KieBase: keep the result.
   *
   * @param containerId an id unique to the pack (for logging)
   * @param loader the class loader that sees every model's jar
   * @param modelResources the model resources, the included packs' first
   * @param kieBaseName the KieBase name
   * @param expectedRuleIds the rule names the catalogs of all these packs declare
   * @return the KieBase
   * @throws IllegalStateException when a model is missing or the rules differ from the catalogs'
   */
  public static KieBase loadPrecompiled(String containerId, ClassLoader loader,
      List<String> modelResources, String kieBaseName, Collection<String> expectedRuleIds) {
    long start = System.nanoTime();
    List<Model> models = new ArrayList<>();
    for (String resource : modelResources) {
      models.addAll(models(loader, resource));
    }
    KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration(null, loader);
    conf.setOption(EqualityBehaviorOption.IDENTITY);
    conf.setOption(EventProcessingOption.CLOUD);
    KiePackagesBuilder packages = new KiePackagesBuilder(conf);
    models.forEach(packages::addModel);
    InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(kieBaseName, conf);
    // Every pack's model in one call (see addInBulk): a vendor's package added after the catalog's
    // would otherwise take Drools' rule-by-rule path.
    addInBulk(kieBase, packages.build().getKiePackages());
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
    LOG.debug("rule base {} ({}) loaded with {} rules in {} ms", kieBaseName, containerId,
        loaded.size(), (System.nanoTime() - start) / 1_000_000);
    return kieBase;
  }

  /**
   * Adds packages so that their rules enter the network in one call. Drools 10.2 adds a rule base's
   * packages one at a time: the first in bulk, each later one rule by rule into the segments the
   * earlier ones built, and that incremental path can lose activations (apache/incubator-kie#7115:
   * a rule starting with an {@code exists} shared with another rule, then a {@code not}, never
   * fires; with the catalog split into one package per group, 13 of its 2,166 fixture cases
   * failed). So the packages are added without their rules (types, globals, functions), then every
   * rule of every package at once, as if the rule base were one package, and the rules are
   * registered in their packages again.
   */
  private static void addInBulk(InternalKnowledgeBase kieBase,
      Collection<InternalKnowledgePackage> built) {
    List<RuleImpl> rules = new ArrayList<>();
    for (InternalKnowledgePackage pkg : built) {
      for (Rule r : List.copyOf(pkg.getRules())) {
        rules.add((RuleImpl) r);
        pkg.removeRule((RuleImpl) r);
      }
    }
    kieBase.addPackages(built);
    kieBase.addRules(rules);
    for (RuleImpl r : rules) {
      kieBase.getPackage(r.getPackageName()).addRule(r);
    }
  }

  /** Instantiates the model classes the model resource names. */
  private static List<Model> models(ClassLoader loader, String modelResource) {
    List<String> names = new ArrayList<>();
    try (InputStream in = loader.getResourceAsStream(modelResource)) {
      if (in == null) {
        throw new IllegalStateException("the precompiled rule model " + modelResource
            + " is not on the class path; the rule pack jar is incomplete (was it shaded or copied "
            + "without its META-INF/kie and META-INF/maven entries?)");
      }
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith(VERSION_HEADER)).forEach(names::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + modelResource, e);
    }
    List<Model> models = new ArrayList<>();
    for (String name : names) {
      try {
        models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
      } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
        throw new IllegalStateException("the precompiled rule model " + modelResource
            + " names " + name + ", which cannot be instantiated as a rule model: " + e, e);
      }
    }
    return models;
  }

  private static String limit(Set<String> ids) {
    List<String> list = List.copyOf(ids);
    return list.size() <= 20 ? list.toString()
        : list.subList(0, 20) + " and " + (list.size() - 20) + " more";
  }
}
