package org.aimsrules.catalog.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
      EuAiActHighRiskPhase.class, OverseerAssigned.class, ControlInForce.class);

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
    assertThat(new HighRiskSystem("sys-1", SYSTEM, "Annex III area EMPLOYMENT"))
        .isNotEqualTo(new HighRiskSystem("sys-1", SYSTEM, "safety component of an Annex I product"));
    assertThat(new ControlInForce("A.6.2.8", null)).isNotEqualTo(new ControlInForce("A.6.2.8", "sys-1"));
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
    } else if (t == AiSystem.class) {
      return AiSystem.builder().id("sys-1").name("Scorer").build();
    } else if (t == AiRole.class) {
      return AiRole.AI_PROVIDER;
    }
    return null;
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
  void aTypeDeclaredInDrlIsUsedByItsOwnGroupOnly() throws IOException {
    // A fact that several groups match belongs to the vocabulary (a record of this package), so
    // that it is documented once and any pack can match it too.
    Map<String, String> drl = drlFiles();
    List<String> offenders = new ArrayList<>();
    drl.forEach((file, text) -> {
      Matcher m = DECLARE.matcher(text);
      while (m.find()) {
        Pattern use = Pattern.compile("\\b" + m.group(1) + "\\b");
        drl.forEach((other, otherText) -> {
          if (!other.equals(file) && use.matcher(otherText).find()) {
            offenders.add(m.group(1) + " of " + file + " used in " + other);
          }
        });
      }
    });
    assertThat(offenders).isEmpty();
  }

  @Test
  void theCatalogIsOneDrlPackage() {
    // Drools 10.2 adds the first (largest) package of a rule base in bulk and every further one
    // rule by rule, splitting shared network segments as it goes; that path loses activations
    // (apache/incubator-kie#7115: a rule such as "exists A, not B" whose "exists A" is shared with
    // a sibling rule never fires; #7109 for accumulate). Splitting the catalog into one package per
    // group silently lost six rules' findings on the startup sample and 13 fixture cases (a rule
    // base without beta-node sharing did not: see docs/vocabulary.md). Keep one package until the
    // loader sets such an option or a Drools release fixes the bug.
    List<String> packagesWithRules = Iso42001Pack.INSTANCE.kieBase().getKiePackages().stream()
        .filter(p -> !p.getRules().isEmpty()).map(KiePackage::getName).toList();
    assertThat(packagesWithRules).containsExactly("org.aimsrules.catalog.rules");
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
          "/org/aimsrules/catalog/rules/" + f + ".drl")) {
        if (in != null) {
          out.put(f + ".drl", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }
}
