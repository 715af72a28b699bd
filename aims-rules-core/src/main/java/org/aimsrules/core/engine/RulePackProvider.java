package org.aimsrules.core.engine;

/**
 * Makes a rule pack discoverable: a jar that holds a pack names its provider in
 * {@code META-INF/services/org.aimsrules.core.engine.RulePackProvider} (a class with a public
 * no-argument constructor), and {@link RulePacks#discover(ClassLoader)} finds it. This is how the
 * command line's {@code --pack JAR} and the test extension's {@code packs} find packs by id.
 */
public interface RulePackProvider {

  /**
   * The pack; the same instance on every call (its rule base is built once).
   *
   * @return the pack
   */
  RulePack rulePack();
}
