package com.acme.aims;

import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.PrecompiledRulePack;
import org.aimsrules.core.engine.RulePack;
import org.aimsrules.core.engine.RulePackProvider;

/**
 * The example vendor pack "acme": a few checks of high-risk AI systems and of the systems in scope,
 * run beside the ISO/IEC 42001 catalog on the facts its rules derive. Registered in
 * {@code META-INF/services/org.aimsrules.core.engine.RulePackProvider}, so
 * {@code RulePacks.discover(loader)} and the command line's {@code --pack} find it.
 */
public final class AcmePackProvider implements RulePackProvider {
  /** The pack id, the namespace of its rule ids and requirement refs. */
  public static final String ID = "acme";

  // tag::provider[]
  private static final RulePack PACK = PrecompiledRulePack
      .builder(AcmePackProvider.class.getClassLoader(), "com/acme/aims/")
      .model("META-INF/kie/org.aimsrules/aims-rules-example-pack/drools-model", "acme-aims")
      .includes(Iso42001.rulePack())
      .build();
  // end::provider[]

  /** A provider; {@link java.util.ServiceLoader} calls this. */
  public AcmePackProvider() {}

  /**
   * The pack (one instance per class loader).
   *
   * @return the pack
   */
  public static RulePack pack() {
    return PACK;
  }

  @Override
  public RulePack rulePack() {
    return PACK;
  }
}
