package org.aimsrules.core.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds the rule packs a class loader can see, through {@link RulePackProvider}. */
public final class RulePacks {
  private RulePacks() {}

  /**
   * Every pack registered on the class path of a loader, sorted by id.
   *
   * @param loader the class loader to search
   * @return the packs, sorted by {@link RulePack#id()}
   */
  public static List<RulePack> discover(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    List<RulePack> packs = new ArrayList<>();
    for (RulePackProvider provider : ServiceLoader.load(RulePackProvider.class, loader)) {
      packs.add(provider.rulePack());
    }
    packs.sort(Comparator.comparing(RulePack::id));
    return List.copyOf(packs);
  }

  /**
   * The pack with an id among those a loader can see.
   *
   * @param loader the class loader to search
   * @param id a pack id, e.g. {@code iso42001}
   * @return the pack, or empty when no registered pack has that id
   */
  public static Optional<RulePack> find(ClassLoader loader, String id) {
    Objects.requireNonNull(id, "id");
    return discover(loader).stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
