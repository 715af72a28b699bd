package org.aimsrules.catalog.testing;

import org.aimsrules.test.fixtures.RuleFixtures;

/**
 * The catalog's own rule fixtures ({@code src/test/resources/fixtures/}), read with the published
 * harness of aims-rules-test: the baseline model and one file per rule group.
 */
public final class CatalogFixtures {
  /** The fixture directory, on the test class path. */
  public static final RuleFixtures FIXTURES =
      RuleFixtures.classpath("fixtures", CatalogFixtures.class.getClassLoader());

  private CatalogFixtures() {}
}
