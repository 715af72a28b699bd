package org.aimsrules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aimsrules.catalog.internal.CatalogLoader;
import org.aimsrules.catalog.testing.CatalogFixtures;
import org.aimsrules.catalog.testing.DrlFiles;
import org.aimsrules.test.fixtures.RuleFixtures;
import org.aimsrules.test.fixtures.RuleFixtures.Case;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RequirementKind;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.RuleBases;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Reference;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Guards over the whole catalog (Checkstyle style): every rule has valid metadata, lives in the DRL
 * file of its group, and has a failing and a passing fixture; ids are unique; references resolve.
 */
class CatalogGuardTest {
  private static final Pattern RULE_NAME = Pattern.compile("^rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
  private static final Pattern ID = Pattern.compile("^(\\d+(\\.\\d+)*|A\\.\\d+(\\.\\d+)+)/[a-z0-9]+(-[a-z0-9]+)*$");
  private static final RuleCatalog CATALOG = Iso42001.catalog();

  private static Map<String, Requirement> requirements() {
    return CATALOG.requirements().stream().collect(Collectors.toMap(Requirement::ref, Function.identity()));
  }

  @Test
  void ruleBaseLoadsExactlyTheCatalogRules() {
    Set<String> loaded = new TreeSet<>();
    for (KiePackage p : Iso42001.rulePack().kieBase().getKiePackages()) {
      for (Rule r : p.getRules()) {
        if (!r.getName().startsWith(RuleBases.DERIVATION_PREFIX)) {
          loaded.add(r.getName());
        }
      }
    }
    assertThat(loaded).isNotEmpty().isEqualTo(new TreeSet<>(CATALOG.rulesById().keySet()));
  }

  @Test
  void ruleIdsAreUniqueAndWellFormed() {
    List<String> ids = CATALOG.rules().stream().map(RuleMetadata::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).allSatisfy(id -> assertThat(id).matches(ID));
  }

  @Test
  void metadataIsCompleteAndResolves() {
    Map<String, Requirement> reqs = requirements();
    Set<String> di = CatalogLoader.read("mandatory-documents.json",
        new TypeReference<List<Map<String, Object>>>() {}).stream()
        .map(m -> (String) m.get("id")).collect(Collectors.toSet());
    for (RuleMetadata m : CATALOG.rules()) {
      String id = m.id();
      assertThat(id).as("rule id starts with its requirement").startsWith(m.requirement() + "/");
      assertThat(reqs.get(m.requirement())).as("requirement of %s", id).isNotNull()
          .extracting(Requirement::kind).isIn(RequirementKind.SUBCLAUSE, RequirementKind.CONTROL);
      for (String o : m.obligations()) {
        assertThat(reqs.get(o)).as("obligation %s of %s", o, id).isNotNull()
            .extracting(Requirement::kind).isEqualTo(RequirementKind.OBLIGATION);
      }
      assertThat(m.title()).as("title of %s", id).isNotBlank();
      assertThat(m.trigger()).as("trigger of %s", id).isNotBlank();
      assertThat(m.message()).as("message of %s", id).isNotBlank();
      assertThat(m.severityRationale()).as("severity rationale of %s", id).isNotBlank();
      assertThat(m.recommendedActions()).as("recommended actions of %s", id).isNotEmpty()
          .allSatisfy(a -> assertThat(a).isNotBlank());
      if (m.documentedInformation() != null) {
        assertThat(di).as("documented-information item of %s", id).contains(m.documentedInformation());
      }
      for (Reference r : m.references()) {
        assertThat(CrosswalkTest.knownIds(r.framework())).as("reference %s of %s", r, id)
            .contains(r.id());
      }
    }
  }

  @Test
  void everyRuleHasANormativeBasisThatBoundsItsGrade() {
    Map<String, Requirement> reqs = requirements();
    List<String> problems = new ArrayList<>();
    for (RuleMetadata m : CATALOG.rules()) {
      String id = m.id();
      Set<String> own = new HashSet<>(m.obligations());
      own.add(m.requirement());
      if (m.basisRef() == null || m.basisRef().isBlank()) {
        problems.add(id + ": no basisRef");
        continue;
      }
      if (m.basisNote() == null || m.basisNote().isBlank() || m.basisNote().equals("UNAUDITED")) {
        problems.add(id + ": basis decision not recorded (basisNote)");
      }
      switch (m.basis()) {
        case REQUIREMENT -> {
          Requirement r = reqs.get(m.basisRef());
          if (r == null || (r.kind() != RequirementKind.OBLIGATION
              && r.kind() != RequirementKind.CONTROL)) {
            problems.add(id + ": a requirement rule rests on an obligation or control, not "
                + m.basisRef());
          } else if (!own.contains(m.basisRef())) {
            problems.add(id + ": basisRef " + m.basisRef() + " is neither its requirement nor one "
                + "of its obligations");
          }
          if (m.isoRequirement() != null) {
            problems.add(id + ": isoRequirement is for regulation rules only");
          }
        }
        case GUIDANCE -> {
          if (m.severity().isNonconformity()) {
            problems.add(id + ": guidance graded " + m.severity() + " (an observation at most)");
          }
          if (m.isoRequirement() != null) {
            problems.add(id + ": isoRequirement is for regulation rules only");
          }
          if (reqs.containsKey(m.basisRef())) {
            problems.add(id + ": guidance rests on guidance, not on requirement " + m.basisRef());
          }
        }
        case REGULATION -> {
          if (!m.basisRef().startsWith("EU AI Act ")) {
            problems.add(id + ": a regulation rule names its legal provision, not " + m.basisRef());
          }
          if (m.severity().isNonconformity()) {
            Requirement r = m.isoRequirement() == null ? null : reqs.get(m.isoRequirement());
            if (r == null || (r.kind() != RequirementKind.OBLIGATION
                && r.kind() != RequirementKind.CONTROL)) {
              problems.add(id + ": a regulatory nonconformity names the ISO/IEC 42001 obligation "
                  + "or control it breaks, not " + m.isoRequirement());
            } else if (!own.contains(m.isoRequirement())) {
              problems.add(id + ": isoRequirement " + m.isoRequirement() + " is neither its "
                  + "requirement nor one of its obligations");
            }
          } else if (m.isoRequirement() != null) {
            problems.add(id + ": isoRequirement on a rule that is no nonconformity");
          }
        }
        default -> throw new IllegalStateException();
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyRuleHasANearMissPassingFixture() {
    Map<String, List<Case>> byRule = new java.util.TreeMap<>();
    for (Case c : CatalogFixtures.FIXTURES.all()) {
      byRule.computeIfAbsent(c.ruleId(), k -> new ArrayList<>()).add(c);
    }
    List<String> problems = new ArrayList<>();
    for (RuleMetadata m : CATALOG.rules()) {
      List<Case> cases = byRule.getOrDefault(m.id(), List.of());
      Set<List<String>> failingPaths = new HashSet<>();
      cases.stream().filter(Case::failing).forEach(c -> failingPaths.addAll(paths(c)));
      boolean nearMiss = cases.stream().filter(c -> !c.failing()).anyMatch(c ->
          paths(c).stream().anyMatch(p -> failingPaths.stream().anyMatch(q -> touches(p, q))));
      if (!nearMiss) {
        problems.add(m.id() + " has no passing fixture that changes the baseline where a failing "
            + "fixture does");
      }
    }
    assertThat(problems).isEmpty();
  }

  private static List<List<String>> paths(Case c) {
    List<List<String>> paths = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode op : c.patch()) {
      for (String field : List.of("path", "from")) {
        if (op.hasNonNull(field)) {
          paths.add(List.of(op.get(field).asText().split("/", -1)));
        }
      }
    }
    return paths;
  }

  /** Whether one path is a prefix of the other; "-" (append) matches any list index. */
  private static boolean touches(List<String> a, List<String> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      String x = a.get(i);
      String y = b.get(i);
      boolean index = (x.equals("-") && y.matches("\\d+|-")) || (y.equals("-") && x.matches("\\d+"));
      if (!x.equals(y) && !index) {
        return false;
      }
    }
    return true;
  }

  @Test
  void noRuleUsesEval() throws IOException {
    // eval hides conditions from the network (no indexing, a warning at run time): put the
    // constraint in a pattern instead.
    Pattern eval = Pattern.compile("(?m)^\\s*(not\\s+|exists\\s+)?eval\\s*\\(");
    List<String> offenders = new ArrayList<>();
    List<String> files = new ArrayList<>(CatalogLoader.index().ruleGroups());
    files.add("common");
    for (String group : files) {
      String drl = resource(DrlFiles.path(group));
      if (drl != null && eval.matcher(drl).find()) {
        offenders.add(group + ".drl");
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void eachGroupsDrlHoldsExactlyItsRules() throws IOException {
    for (String group : CatalogLoader.index().ruleGroups()) {
      Set<String> inDrl = new TreeSet<>();
      String drl = resource(DrlFiles.path(group));
      if (drl != null) {
        Matcher m = RULE_NAME.matcher(drl);
        while (m.find()) {
          if (!m.group(1).startsWith(RuleBases.DERIVATION_PREFIX)) {
            inDrl.add(m.group(1));
          }
        }
      }
      Set<String> inMetadata = CatalogLoader.ruleGroup(group).rules().stream().map(RuleMetadata::id)
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(inDrl).as("rules of %s.drl against rules/%s.json", group, group)
          .isEqualTo(inMetadata);
    }
    String common = resource(DrlFiles.path("common"));
    Matcher m = RULE_NAME.matcher(common);
    while (m.find()) {
      assertThat(m.group(1)).as("common.drl holds derivation rules only")
          .startsWith(RuleBases.DERIVATION_PREFIX);
    }
  }

  @Test
  void everyRuleHasAFailingAndAPassingFixtureInItsGroup() {
    List<Case> cases = CatalogFixtures.FIXTURES.all();
    Map<String, String> groupOf = new java.util.HashMap<>();
    for (String group : CatalogLoader.index().ruleGroups()) {
      CatalogLoader.ruleGroup(group).rules().forEach(r -> groupOf.put(r.id(), group));
    }
    Set<String> failing = new HashSet<>();
    Set<String> passing = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (Case c : cases) {
      if (!groupOf.containsKey(c.ruleId())) {
        problems.add("fixture for unknown rule " + c.ruleId());
        continue;
      }
      if (!groupOf.get(c.ruleId()).equals(c.group())) {
        problems.add("fixture of " + c.ruleId() + " is in " + c.group() + ".json, not "
            + groupOf.get(c.ruleId()) + ".json");
      }
      c.expect().forEach(e -> {
        if (e.message().contains("{")) {
          problems.add(c.ruleId() + " | " + c.name() + ": unresolved placeholder in " + e.message());
        }
      });
      (c.failing() ? failing : passing).add(c.ruleId());
    }
    for (String id : groupOf.keySet()) {
      if (!failing.contains(id)) {
        problems.add(id + " has no failing fixture");
      }
      if (!passing.contains(id)) {
        problems.add(id + " has no passing fixture");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void baselineHasNoNonconformity() throws Exception {
    EvaluationReport report = Iso42001.evaluator().evaluate(
        AimsModelReader.create().read(new com.fasterxml.jackson.databind.ObjectMapper()
            .writeValueAsBytes(CatalogFixtures.FIXTURES.baseline())),
        EvaluationOptions.builder().asOf(RuleFixtures.DEFAULT_AS_OF).build());
    assertThat(report.findings()).filteredOn(Finding::isNonconformity).isEmpty();
  }

  @Test
  void baselineStaysConformingForAYear() throws Exception {
    EvaluationReport report = Iso42001.evaluator().evaluate(
        AimsModelReader.create().read(new com.fasterxml.jackson.databind.ObjectMapper()
            .writeValueAsBytes(CatalogFixtures.FIXTURES.baseline())),
        EvaluationOptions.builder().asOf(LocalDate.of(2026, 11, 30)).build());
    assertThat(report.findings()).filteredOn(Finding::isNonconformity).isEmpty();
  }

  @Test
  void everyObligationIsCheckedOrDeclaredNotAutomatedWithAReason() {
    Map<String, Requirement> reqs = requirements();
    Set<String> automated = new TreeSet<>();
    CATALOG.rules().forEach(r -> automated.addAll(r.obligations()));
    Set<String> declared = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (var n : CATALOG.notAutomated()) {
      if (!reqs.containsKey(n.ref())) {
        problems.add("notAutomated names unknown requirement " + n.ref());
      }
      if (n.reason() == null || n.reason().isBlank()) {
        problems.add(n.ref() + " is declared not automated without a reason");
      }
      if (automated.contains(n.ref())) {
        problems.add(n.ref() + " is both checked by a rule and declared not automated");
      }
      if (!declared.add(n.ref())) {
        problems.add(n.ref() + " is declared not automated twice");
      }
    }
    long obligations = 0;
    for (Requirement r : reqs.values()) {
      if (r.kind() == RequirementKind.OBLIGATION) {
        obligations++;
        if (!automated.contains(r.ref()) && !declared.contains(r.ref())) {
          problems.add("obligation " + r.ref() + " is neither checked by a rule nor declared not automated");
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(obligations).isEqualTo(161);
    double share = (double) reqs.values().stream()
        .filter(r -> r.kind() == RequirementKind.OBLIGATION && automated.contains(r.ref())).count() / obligations;
    assertThat(share).as("share of obligations checked by rules").isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void everySubClauseHasRules() {
    Map<String, Requirement> reqs = requirements();
    for (Requirement r : reqs.values()) {
      if (r.kind() != RequirementKind.SUBCLAUSE) {
        continue;
      }
      boolean checked = CATALOG.rules().stream().anyMatch(m -> m.requirement().equals(r.ref())
          || m.obligations().stream().anyMatch(o -> r.ref().equals(reqs.get(o).parent())));
      assertThat(checked).as("sub-clause %s has rules", r.ref()).isTrue();
    }
  }

  @Test
  void everyAnnexAControlHasRules() {
    for (String control : org.aimsrules.core.model.Iso42001Ids.CONTROLS) {
      assertThat(CATALOG.rules()).as("rules whose requirement is %s", control)
          .anyMatch(m -> m.requirement().equals(control));
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = CatalogGuardTest.class.getResourceAsStream(name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The evidence map of the fact model (the schema keyword {@code x-aims-evidence}) speaks the
   * catalog's language: every requirement it names is in the register, and every requirement that
   * rules check can be evidenced by some property, so that it can be CONFORMING at all.
   */
  @Test
  void theEvidenceMapNamesKnownRequirementsAndEveryCheckedRequirementCanBeEvidenced()
      throws IOException {
    com.fasterxml.jackson.databind.JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(org.aimsrules.core.io.AimsSchema.json());
    Set<String> known = CATALOG.requirements().stream().map(Requirement::ref)
        .collect(Collectors.toSet());
    Set<String> evidenced = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    schema.get("$defs").fields().forEachRemaining(def -> def.getValue().path("properties").fields()
        .forEachRemaining(p -> {
          for (com.fasterxml.jackson.databind.JsonNode r : p.getValue().path("x-aims-evidence")
              .path("evidences")) {
            evidenced.add(r.asText());
            if (!known.contains(r.asText())) {
              problems.add(def.getKey() + "." + p.getKey() + " evidences " + r.asText()
                  + ", which is not in the requirements register");
            }
          }
        }));
    Set<String> checked = new TreeSet<>();
    for (RuleMetadata m : CATALOG.rules()) {
      checked.add(m.requirement());
      checked.addAll(m.obligations());
    }
    for (String ref : checked) {
      if (evidenced.stream().noneMatch(e -> e.equals(ref) || e.startsWith(ref + ".")
          || e.startsWith(ref + "-") || ref.startsWith(e + ".") || ref.startsWith(e + "-"))) {
        problems.add(ref + " is checked by rules but no property of the fact model evidences it");
      }
    }
    assertThat(problems).isEmpty();
  }
}
