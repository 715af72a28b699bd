package org.aimsrules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.ImpactAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganizationGeneratorTest {

  @ParameterizedTest
  @CsvSource({"10, 1", "100, 2", "1000, 3"})
  void generatedOrganizationIsReadWithItsSystemsAndRecords(int systems, long seed) {
    AimsModel model = OrganizationGenerator.generate(systems, seed);

    assertThat(model.aiSystems()).hasSize(systems);
    assertThat(model.scope().includedAiSystemIds()).hasSize(systems);
    Set<String> assessed = new HashSet<>();
    for (ImpactAssessment a : model.impactAssessments()) {
      assessed.add(a.aiSystemId());
    }
    // about one system in fifty is planted without an impact assessment
    assertThat(assessed.size()).isBetween((int) (systems * 0.9), systems);
    assertThat(model.dataResources()).hasSize(systems);
    assertThat(model.risks().size()).isGreaterThan(systems);
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedAnotherOrganization() {
    assertThat(OrganizationGenerator.bytes(200, 7)).isEqualTo(OrganizationGenerator.bytes(200, 7));
    assertThat(OrganizationGenerator.bytes(200, 7)).isNotEqualTo(OrganizationGenerator.bytes(200, 8));
  }

  @Test
  void fewerSystemsThanTheSampleHasAreRefused() {
    assertThatThrownBy(() -> OrganizationGenerator.tree(1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
