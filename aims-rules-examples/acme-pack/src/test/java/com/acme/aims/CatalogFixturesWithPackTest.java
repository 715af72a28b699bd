package com.acme.aims;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.test.fixtures.RuleFixtureTests;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalog's own fixtures, every case, with the pack loaded beside it: a pack's rules are added
 * to the catalog's rule network after the catalog's, and must not change what the catalog's rules
 * find (Drools adds a second package rule by rule; see docs/rule-packs.md).
 */
class CatalogFixturesWithPackTest {
  private static final Path CATALOG_FIXTURES =
      Path.of("../../aims-rules-catalog/src/test/resources/fixtures");

  @TestFactory
  Stream<DynamicNode> everyCatalogFixtureWithThePackLoaded() {
    Evaluator evaluator = Evaluator.builder().rulePack(Iso42001.rulePack())
        .rulePack(AcmePackProvider.pack()).build();
    return RuleFixtureTests.forDirectory(CATALOG_FIXTURES).evaluator(evaluator).stream();
  }
}
