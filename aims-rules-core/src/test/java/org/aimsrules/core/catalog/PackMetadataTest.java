package org.aimsrules.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.aimsrules.core.catalog.PackMetadata.InvalidPackException;
import org.aimsrules.core.catalog.PackMetadata.Problem;
import org.junit.jupiter.api.Test;

/** The published metadata loader lists every problem of a pack, each with its file and pointer. */
class PackMetadataTest {
  private static final ClassLoader LOADER = PackMetadataTest.class.getClassLoader();

  @Test
  void everyProblemWithItsFileAndPointer() {
    InvalidPackException e = catchThrowableOfType(InvalidPackException.class,
        () -> PackMetadata.load(LOADER, "/packs/broken"));
    String req = "packs/broken/requirements.json";
    String main = "packs/broken/rules/main.json";
    assertThat(e.problems()).containsExactly(
        new Problem(req, "/1/ref", "requirement ref R-2 lacks the pack's namespace acme:"),
        new Problem(req, "/2/ref", "requirement acme:R-1 is declared twice"),
        new Problem(req, "/1/parent", "parent acme:R-9 is neither a requirement of the pack nor "
            + "a group of catalog.json's groupTitles"),
        new Problem(main, "/rules/2/severity", e.problems().get(3).message()),
        new Problem("packs/broken/rules/absent.json", "", "the file is not on the class path"));
    assertThat(e.problems().get(3).message()).contains("SEVERE");
    assertThat(e.getMessage()).startsWith("the rule pack metadata in packs/broken/ has 5 problems: "
        + "packs/broken/requirements.json#/1/ref: requirement ref R-2 lacks");
  }

  @Test
  void rulesAreCheckedOnceTheyBind() {
    // The same group without its unreadable rule: namespace, requirement and obligation checks.
    InvalidPackException e = catchThrowableOfType(InvalidPackException.class,
        () -> PackMetadata.load(LOADER, "packs/rules-only/"));
    String main = "packs/rules-only/rules/main.json";
    assertThat(e.problems()).containsExactly(
        new Problem(main, "/rules/1/id", "rule id no-namespace lacks the pack's namespace acme:"),
        new Problem(main, "/rules/1/requirement",
            "requirement acme:R-7 of rule no-namespace is not a requirement of the pack"),
        new Problem(main, "/rules/1/obligations/0",
            "obligation acme:R-8 of rule no-namespace is not a requirement of the pack"),
        new Problem(main, "/rules/2/id", "rule acme:ok is declared twice (also in main)"));
  }

  @Test
  void aMissingPackSaysWhereItLooked() {
    InvalidPackException e = catchThrowableOfType(InvalidPackException.class,
        () -> PackMetadata.load(LOADER, "packs/none/"));
    assertThat(e.problems()).containsExactly(
        new Problem("packs/none/catalog.json", "", "the file is not on the class path"));
  }

  @Test
  void namespaceRuleSparesOnlyIso42001() {
    RuleCatalog catalog = new RuleCatalog("x", "1",
        List.of(new Requirement("4.1", RequirementKind.SUBCLAUSE, "t", null, null, null, null)),
        List.of(), List.of(), java.util.Map.of());
    assertThat(PackMetadata.namespaceProblems("iso42001", catalog)).isEmpty();
    assertThat(PackMetadata.namespaceProblems("acme", catalog))
        .containsExactly("requirement ref 4.1 of pack acme lacks its namespace acme:");
  }
}
