package org.aimsrules.examples.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.test.fixtures.RuleFixtureTests;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** What a rule author sees when a fixture is wrong: the message docs/testing.md shows. */
class RuleFixtureHarnessTest {
  /** The failure of a case whose expected finding is wrong, as docs/testing.md shows it. */
  static final String WRONG_CASE_MESSAGE = """
      findings of 6.1.3/exclusion-unjustified for case 'A.6.1.2 excluded without a justification' \
      (clause-6.json, as of 2026-06-30)
      expected, not raised:
        - MINOR 6.1.3 at /statementOfApplicability/entries/14/justification: ?
      raised, not expected:
        - MINOR 6.1.3 at /statementOfApplicability/entries/14: Control A.6.1.2 is excluded from \
      the Statement of Applicability without a justification.
      raised, as the case's "expect":
      [
        {
          "requirement": "6.1.3",
          "severity": "MINOR",
          "subject": "/statementOfApplicability/entries/14",
          "message": "Control A.6.1.2 is excluded from the Statement of Applicability without a justification."
        }
      ]""";

  private static Path directory(Path dir, String group) throws Exception {
    try (InputStream in = RuleFixtureHarnessTest.class.getResourceAsStream(
        "/org/aimsrules/examples/testing/fixtures/baseline.json")) {
      Files.write(dir.resolve("baseline.json"), in.readAllBytes());
    }
    Files.writeString(dir.resolve("clause-6.json"), group);
    return dir;
  }

  @Test
  void aWrongCaseFailsWithWhatDiffersAndTheFindingsRaisedAsFixtureJson(@TempDir Path dir)
      throws Exception {
    List<DynamicNode> nodes = RuleFixtureTests.forDirectory(directory(dir, """
        {"rules": {"6.1.3/exclusion-unjustified": [
          {"case": "A.6.1.2 excluded without a justification",
           "patch": [{"op": "remove", "path": "/statementOfApplicability/entries/14/justification"}],
           "expect": [{"requirement": "6.1.3", "severity": "MINOR",
                       "subject": "/statementOfApplicability/entries/14/justification",
                       "message": "?"}]}]}}
        """)).evaluator(Iso42001.evaluator()).groups(List.of("clause-6")).stream().toList();
    assertThat(nodes).singleElement().extracting(DynamicNode::getDisplayName).isEqualTo("clause-6");
    DynamicTest test = (DynamicTest) ((DynamicContainer) nodes.get(0)).getChildren()
        .findFirst().orElseThrow();
    assertThat(test.getDisplayName())
        .isEqualTo("6.1.3/exclusion-unjustified | A.6.1.2 excluded without a justification");
    Throwable failure = catchThrowable(() -> test.getExecutable().execute());
    assertThat(failure).isInstanceOf(AssertionFailedError.class).hasMessage(WRONG_CASE_MESSAGE);
    assertThat(((AssertionFailedError) failure).getExpected().getStringRepresentation())
        .contains("/statementOfApplicability/entries/14/justification");
  }

  @Test
  void aRuleTheCatalogDoesNotHaveIsAnErrorBeforeAnyTestRuns(@TempDir Path dir) throws Exception {
    RuleFixtureTests tests = RuleFixtureTests.forDirectory(directory(dir, """
        {"rules": {"6.1.3/no-such-rule": [{"case": "c", "patch": [], "expect": []}],
                   "acme:model-card-signed": [{"case": "c", "patch": [], "expect": []}]}}
        """)).evaluator(Iso42001.evaluator());
    assertThatThrownBy(tests::stream).isInstanceOf(IllegalStateException.class).hasMessage("""
        fixtures name rules that catalog iso42001 does not have:
          clause-6.json: 6.1.3/no-such-rule
          clause-6.json: acme:model-card-signed""");
    assertThatThrownBy(() -> tests.groups(List.of("clause-9")).stream())
        .hasMessageStartingWith("no fixture file for group(s) [clause-9] in ");
    assertThatThrownBy(() -> RuleFixtureTests.forDirectory(dir).stream())
        .hasMessage("RuleFixtureTests needs an evaluator: call evaluator(..)");
  }
}
