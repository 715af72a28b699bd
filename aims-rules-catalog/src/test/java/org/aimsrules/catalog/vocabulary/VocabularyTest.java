package org.aimsrules.catalog.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aimsrules.catalog.internal.CatalogLoader;
import org.aimsrules.catalog.internal.Iso42001Pack;
import org.aimsrules.core.model.AiRole;
import org.aimsrules.core.model.AiSystem;
import org.aimsrules.core.model.EuAiActProfile;
import org.aimsrules.core.model.EuAiActRiskClass;
import org.aimsrules.core.model.LifecycleStage;
import org.aimsrules.core.model.TransparencyDuty;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;

/** The published vocabulary: records with value equality, shared by every rule group. */
class VocabularyTest {
  /** Every type of the vocabulary package. */
  static final List<Class<? extends Record>> TYPES = List.of(InScopeSystem.class,
      DevelopedSystem.class, SystemRole.class, CompletedRiskAssessment.class,
      CompletedImpactAssessment.class, LatestImpactAssessment.class, CompletedAudit.class,
      CompletedReview.class, SignificantChange.class, EuAiActSystem.class, HighRiskSystem.class,
      SystemInUse.class, DataUse.class, CompetenceEvidence.class, DocumentInForce.class,
      EuAiActHighRiskPhase.class, OverseerAssigned.class, ControlInForce.class,
      SystemRiskAssessment.class, SystemResource.class, SystemMonitoring.class,
      SystemObjective.class);

  private static final Pattern DECLARE = Pattern.compile("(?m)^declare\\s+(\\w+)");

  private static final AiSystem SYSTEM = AiSystem.builder().id("sys-1").name("Scorer").build();

  @Test
  void everyVocabularyTypeHasValueEquality() throws ReflectiveOperationException {
    for (Class<? extends Record> type : TYPES) {
      Record a = sample(type);
      Record b = sample(type);
      assertThat(a).as(type.getSimpleName()).isNotSameAs(b).isEqualTo(b);
      assertThat(a.hashCode()).as(type.getSimpleName()).isEqualTo(b.hashCode());
    }
    assertThat(new HighRiskSystem("sys-1", "Annex III area EMPLOYMENT"))
        .isNotEqualTo(new HighRiskSystem("sys-1", "safety component of an Annex I product"));
    assertThat(new ControlInForce("A.6.2.8", null)).isNotEqualTo(new ControlInForce("A.6.2.8", "sys-1"));
  }

  /**
   * A fact about an AI system names it by id and never carries its record: a change to the record
   * (an incremental session's replace) then re-derives only the facts it changes. A fact holding the
   * record would be a new value after every change, and truth maintenance would retract and
   * re-derive it and everything that rests on it (for one changed system, some 95 facts).
   */
  @Test
  void noVocabularyTypeCarriesAnAiSystemRecord() {
    for (Class<? extends Record> type : TYPES) {
      for (RecordComponent c : type.getRecordComponents()) {
        assertThat(c.getType()).as(type.getSimpleName() + "." + c.getName())
            .isNotEqualTo(AiSystem.class);
      }
    }
  }

  /** A record of the type with a value for each component (equal values on every call). */
  private static Record sample(Class<? extends Record> type) throws ReflectiveOperationException {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = value(types[i]);
    }
    Constructor<? extends Record> c = type.getDeclaredConstructor(types);
    return c.newInstance(values);
  }

  private static Object value(Class<?> t) {
    if (t == String.class) {
      return new String("sys-1".toCharArray());
    } else if (t == LocalDate.class) {
      return LocalDate.of(2026, 6, 30);
    } else if (t == boolean.class) {
      return true;
    } else if (t == AiRole.class) {
      return AiRole.AI_PROVIDER;
    }
    return null;
  }

  @Test
  void theListAboveNamesEveryRecordOfThePackageAndTheDocsDescribeEach() throws Exception {
    Path dir = Path.of(InScopeSystem.class.getResource("InScopeSystem.class").toURI()).getParent();
    Set<String> records = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> c = Class.forName(InScopeSystem.class.getPackageName() + "."
              + name.substring(0, name.length() - ".class".length()));
          if (c.isRecord()) {
            records.add(c.getSimpleName());
          }
        }
      }
    }
    Set<String> listed = new TreeSet<>();
    TYPES.forEach(t -> listed.add(t.getSimpleName()));
    assertThat(listed).isEqualTo(records);
    String docs = Files.readString(Path.of("../docs/vocabulary.md"));
    assertThat(records).allSatisfy(r -> assertThat(docs).contains("| `" + r + "` |"));
  }

  @Test
  void noRuleGroupDeclaresAVocabularyType() throws IOException {
    Set<String> names = new TreeSet<>();
    TYPES.forEach(t -> names.add(t.getSimpleName()));
    Map<String, String> drl = drlFiles();
    List<String> offenders = new ArrayList<>();
    drl.forEach((file, text) -> {
      Matcher m = DECLARE.matcher(text);
      while (m.find()) {
        if (names.contains(m.group(1))) {
          offenders.add(file + ": " + m.group(1));
        }
      }
    });
    assertThat(offenders).isEmpty();
  }

  @Test
  void eachDrlFileDeclaresItsOwnPackage() throws IOException {
    // A type declared in a group's DRL lives in that group's package, so another group cannot use
    // it (the build fails): a fact that several groups match belongs to the vocabulary (a record
    // of this package), documented once and matchable by any pack.
    Pattern pkg = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    Map<String, String> packages = new java.util.TreeMap<>();
    drlFiles().forEach((file, text) -> {
      Matcher m = pkg.matcher(text);
      assertThat(m.find()).as(file).isTrue();
      packages.put(file, m.group(1));
    });
    packages.forEach((file, name) -> assertThat(name).as(file)
        .isEqualTo("org.aimsrules.catalog.rules." + file.replace(".drl", "").replace("-", "")));
  }

  @Test
  void eachRuleGroupIsItsOwnDrlPackage() {
    // One DRL package per group file (org.aimsrules.catalog.rules.clause4, ...annexa10, ...): the
    // package is the namespace of a group's declared types. This is safe only because RuleBases
    // adds the rules of all packages in one call: Drools 10.2 adds later packages rule by rule and
    // that path loses activations (apache/incubator-kie#7115; 13 fixture cases failed that way).
    Map<String, Set<String>> groupsByPackage = new java.util.TreeMap<>();
    for (KiePackage p : Iso42001Pack.INSTANCE.kieBase().getKiePackages()) {
      for (org.kie.api.definition.rule.Rule r : p.getRules()) {
        String group = Iso42001Pack.INSTANCE.ruleGroup(r.getName());
        groupsByPackage.computeIfAbsent(p.getName(), k -> new TreeSet<>())
            .add(group == null ? "derivations" : group);
      }
    }
    Set<String> groups = new TreeSet<>(CatalogLoader.index().ruleGroups());
    assertThat(groupsByPackage).hasSize(groups.size() + 1);
    groupsByPackage.forEach((pkg, inPackage) -> {
      assertThat(pkg).startsWith("org.aimsrules.catalog.rules.");
      inPackage.remove("derivations");
      assertThat(inPackage).as("rule groups of package %s", pkg).hasSizeLessThanOrEqualTo(1);
    });
    assertThat(groupsByPackage.get("org.aimsrules.catalog.rules.common")).isEmpty();
  }

  @Test
  void stageTextNamesTheStageOrSaysItIsNotStated() {
    assertThat(Vocabulary.stageText(SYSTEM)).isEqualTo("not stated");
    assertThat(Vocabulary.stageText(SYSTEM.toBuilder()
        .lifecycleStage(LifecycleStage.OPERATION_AND_MONITORING).build()))
        .isEqualTo("OPERATION_AND_MONITORING");
  }

  @Test
  void systemRoleBasisSaysWhereTheRolesComeFrom() {
    List<AiRole> roles = List.of(AiRole.AI_PRODUCER, AiRole.AI_PROVIDER);
    assertThat(Vocabulary.systemRoleBasis(SYSTEM.toBuilder()
        .organizationRoles(List.of(AiRole.AI_PROVIDER)).build(), roles, Set.of(SystemRole.SYSTEM)))
        .isEqualTo("its roles for the system include AI_PRODUCER, AI_PROVIDER");
    assertThat(Vocabulary.systemRoleBasis(SYSTEM, roles, Set.of(SystemRole.ORGANIZATION)))
        .isEqualTo("no roles are stated for the system, so the organization's AI roles apply: "
            + "AI_PRODUCER, AI_PROVIDER");
    assertThat(Vocabulary.systemRoleBasis(SYSTEM, roles, Set.of(SystemRole.UNKNOWN)))
        .isEqualTo("no roles are stated for the system or the organization, so every role is "
            + "assumed: AI_PRODUCER, AI_PROVIDER");
  }

  @Test
  void transparencyDutiesAreAllAssumedForALimitedRiskSystemThatListsNone() {
    assertThat(Vocabulary.transparencyDuties(SYSTEM)).isEmpty();
    AiSystem limited = SYSTEM.toBuilder().euAiAct(EuAiActProfile.builder()
        .declaredRiskClass(EuAiActRiskClass.LIMITED_RISK).build()).build();
    assertThat(Vocabulary.transparencyDuties(limited)).containsExactly(TransparencyDuty.values());
    AiSystem listed = SYSTEM.toBuilder().euAiAct(EuAiActProfile.builder()
        .declaredRiskClass(EuAiActRiskClass.LIMITED_RISK)
        .transparencyDuties(List.of(TransparencyDuty.SYNTHETIC_CONTENT_MARKING)).build()).build();
    assertThat(Vocabulary.transparencyDuties(listed))
        .containsExactly(TransparencyDuty.SYNTHETIC_CONTENT_MARKING);
  }

  /** The catalog's DRL files by name. */
  static Map<String, String> drlFiles() throws IOException {
    List<String> files = new ArrayList<>(CatalogLoader.index().ruleGroups());
    files.add("common");
    Map<String, String> out = new LinkedHashMap<>();
    for (String f : files) {
      try (InputStream in = VocabularyTest.class.getResourceAsStream(
          org.aimsrules.catalog.testing.DrlFiles.path(f))) {
        if (in != null) {
          out.put(f + ".drl", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }
}
