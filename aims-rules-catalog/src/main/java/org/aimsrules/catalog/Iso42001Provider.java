package org.aimsrules.catalog;

import org.aimsrules.core.engine.RulePack;
import org.aimsrules.core.engine.RulePackProvider;

/**
 * Registers the ISO/IEC 42001 pack (id {@code iso42001}) for
 * {@link org.aimsrules.core.engine.RulePacks#discover(ClassLoader)}. Use {@link Iso42001#rulePack()}
 * in code.
 */
public final class Iso42001Provider implements RulePackProvider {

  /** Creates the provider (for {@link java.util.ServiceLoader}). */
  public Iso42001Provider() {}

  @Override
  public RulePack rulePack() {
    return Iso42001.rulePack();
  }
}
