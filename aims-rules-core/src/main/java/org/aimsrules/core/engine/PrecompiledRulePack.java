package org.aimsrules.core.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.aimsrules.core.catalog.PackMetadata;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;
import org.kie.api.KieBase;

/**
 * A rule pack made of metadata files ({@link PackMetadata}) and a model precompiled by
 * {@code kie-maven-plugin}, optionally including other packs' rules: what a vendor's pack jar
 * needs, in a few lines of its {@link RulePackProvider}.
 *
 * <pre>{@code
 * public final class AcmePackProvider implements RulePackProvider {
 *   private static final RulePack PACK = PrecompiledRulePack
 *       .builder(AcmePackProvider.class.getClassLoader(), "com/acme/aims/")
 *       .model("META-INF/kie/com.acme/acme-aims-pack/drools-model", "acme-aims")
 *       .includes(Iso42001.rulePack())
 *       .build();
 *
 *   public RulePack rulePack() { return PACK; }
 * }
 * }</pre>
 *
 * <p>The metadata is read and checked when the pack is built; the KieBase is loaded on first use,
 * once, from the pack's own model and the models of the packs it includes (transitively), and
 * checked against the rules of all their catalogs.
 */
public final class PrecompiledRulePack implements RulePack {
  private final ClassLoader loader;
  private final PackMetadata.Loaded metadata;
  private final String modelResource;
  private final String kieBaseName;
  private final List<RulePack> included;
  private final Function<LocalDate, List<Object>> contextFacts;
  private volatile KieBase kieBase;

  private PrecompiledRulePack(Builder b) {
    this.loader = b.loader;
    this.metadata = PackMetadata.load(b.loader, b.base);
    this.modelResource = Objects.requireNonNull(b.modelResource, "model: no model resource given");
    this.kieBaseName = b.kieBaseName;
    this.included = List.copyOf(b.included);
    this.contextFacts = b.contextFacts;
    List<String> problems = PackMetadata.namespaceProblems(id(), catalog());
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("; ", problems));
    }
  }

  /**
   * A builder.
   *
   * @param loader the class loader that sees the pack's jar (and those of the packs it includes)
   * @param metadataBase the pack's metadata directory on the class path, e.g. {@code com/acme/aims/}
   * @return a new builder
   */
  public static Builder builder(ClassLoader loader, String metadataBase) {
    return new Builder(loader, metadataBase);
  }

  @Override
  public String id() {
    return metadata.catalog().id();
  }

  @Override
  public RuleCatalog catalog() {
    return metadata.catalog();
  }

  /**
   * The pack's metadata: its index file and the group of each rule.
   *
   * @return the metadata
   */
  public PackMetadata.Loaded metadata() {
    return metadata;
  }

  @Override
  public List<String> includes() {
    return included.stream().map(RulePack::id).toList();
  }

  @Override
  public List<String> modelResources() {
    return List.of(modelResource);
  }

  @Override
  public KieBase kieBase() {
    KieBase k = kieBase;
    if (k == null) {
      synchronized (this) {
        k = kieBase;
        if (k == null) {
          k = load();
          kieBase = k;
        }
      }
    }
    return k;
  }

  private KieBase load() {
    Set<RulePack> all = new LinkedHashSet<>();
    collect(this, all);
    List<String> resources = new ArrayList<>();
    List<String> ruleIds = new ArrayList<>();
    for (RulePack p : all) {
      if (p.modelResources().isEmpty()) {
        // Fail closed: another rule base's packages could only be added package by package, the
        // Drools path that loses activations (see RuleBases); every rule must come from a model.
        throw new IllegalStateException("rule pack " + id() + " includes pack " + p.id()
            + ", whose rules are not available as a precompiled model (its modelResources() is "
            + "empty): a pack can only include packs precompiled by kie-maven-plugin");
      }
      resources.addAll(p.modelResources());
      p.catalog().rules().stream().map(RuleMetadata::id).forEach(ruleIds::add);
    }
    return RuleBases.loadPrecompiled(id(), loader, resources, kieBaseName, ruleIds);
  }

  /** The packs whose rules the KieBase holds, included ones first, each once. */
  private static void collect(RulePack p, Set<RulePack> into) {
    if (p instanceof PrecompiledRulePack pp) {
      for (RulePack i : pp.included) {
        collect(i, into);
      }
    }
    into.add(p);
  }

  @Override
  public List<Object> contextFacts(LocalDate asOf) {
    return contextFacts.apply(asOf);
  }

  @Override
  public String toString() {
    return "rule pack " + id() + " " + catalog().version();
  }

  /** Builder of {@link PrecompiledRulePack}. */
  public static final class Builder {
    private final ClassLoader loader;
    private final String base;
    private String modelResource;
    private String kieBaseName;
    private final List<RulePack> included = new ArrayList<>();
    private Function<LocalDate, List<Object>> contextFacts = asOf -> List.of();

    private Builder(ClassLoader loader, String base) {
      this.loader = Objects.requireNonNull(loader, "loader");
      this.base = Objects.requireNonNull(base, "metadataBase");
    }

    /**
     * Sets the precompiled model.
     *
     * @param resource the model resource {@code kie-maven-plugin} writes:
     *     {@code META-INF/kie/<groupId>/<artifactId>/drools-model}
     * @param kieBase the KieBase name of the pack's kmodule.xml
     * @return this builder
     */
    public Builder model(String resource, String kieBase) {
      this.modelResource = Objects.requireNonNull(resource, "resource");
      this.kieBaseName = Objects.requireNonNull(kieBase, "kieBase");
      return this;
    }

    /**
     * Adds a pack whose rules this pack's KieBase holds beside its own (the kmodule.xml's
     * {@code includes}); its rules derive facts this pack's rules match.
     *
     * @param pack the included pack
     * @return this builder
     */
    public Builder includes(RulePack pack) {
      included.add(Objects.requireNonNull(pack, "pack"));
      return this;
    }

    /**
     * Sets the pack's own context facts ({@link RulePack#contextFacts}); an evaluator inserts the
     * included packs' besides.
     *
     * @param facts the facts for an evaluation date; immutable
     * @return this builder
     */
    public Builder contextFacts(Function<LocalDate, List<Object>> facts) {
      this.contextFacts = Objects.requireNonNull(facts, "facts");
      return this;
    }

    /**
     * Builds the pack, reading and checking its metadata (the KieBase is loaded on first use).
     *
     * @return the pack
     * @throws PackMetadata.InvalidPackException when the metadata is missing or wrong
     * @throws NullPointerException when no model was set
     */
    public PrecompiledRulePack build() {
      return new PrecompiledRulePack(this);
    }
  }
}
