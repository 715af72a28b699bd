package org.aimsrules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.model.Iso42001Ids;
import org.aimsrules.core.report.Reference;
import org.junit.jupiter.api.Test;

/** The crosswalk names only known requirements on the ISO/IEC 42001 side and known ids elsewhere. */
class CrosswalkTest {

  /** EU AI Act articles the crosswalk may cite. */
  static final Set<String> EU_AI_ACT = Set.of("Art. 4", "Art. 5", "Art. 6", "Art. 9", "Art. 10",
      "Art. 11", "Art. 12", "Art. 13", "Art. 14", "Art. 15", "Art. 16", "Art. 17", "Art. 18",
      "Art. 19", "Art. 20", "Art. 26", "Art. 27", "Art. 43", "Art. 49", "Art. 50", "Art. 51",
      "Art. 52", "Art. 53", "Art. 54", "Art. 55", "Art. 72", "Art. 73");

  /** ISO/IEC 27001:2022 requirement clauses (the harmonized structure shared with 42001). */
  static final Set<String> ISO_27001 = Set.of("4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3",
      "6.1.1", "6.1.2", "6.1.3", "6.2", "6.3", "7.1", "7.2", "7.3", "7.4", "7.5.1", "7.5.2", "7.5.3",
      "8.1", "8.2", "8.3", "9.1", "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3", "10.1", "10.2");

  /** NIST AI RMF 1.0 subcategories: GOVERN 1.1 ... MANAGE 4.3 (72). */
  static final Set<String> NIST = nist();

  private static Set<String> nist() {
    Map<String, int[]> categories = Map.of(
        "GOVERN", new int[] {7, 3, 2, 3, 2, 2},
        "MAP", new int[] {6, 3, 5, 2, 2},
        "MEASURE", new int[] {3, 13, 3, 3},
        "MANAGE", new int[] {4, 4, 2, 3});
    Set<String> ids = new java.util.TreeSet<>();
    categories.forEach((fn, counts) -> {
      for (int c = 0; c < counts.length; c++) {
        for (int s = 1; s <= counts[c]; s++) {
          ids.add(fn + " " + (c + 1) + "." + s);
        }
      }
    });
    return Set.copyOf(ids);
  }

  static Set<String> knownIds(String framework) {
    return switch (framework) {
      case Reference.EU_AI_ACT -> EU_AI_ACT;
      case Reference.NIST_AI_RMF -> NIST;
      case Reference.ISO_IEC_27001 -> ISO_27001;
      default -> Set.of();
    };
  }

  @Test
  void nistHas72Subcategories() {
    assertThat(NIST).hasSize(72);
  }

  @Test
  void everyCrosswalkEntryIsKnownOnBothSides() {
    Set<String> requirements = Iso42001.catalog().requirements().stream().map(Requirement::ref)
        .collect(Collectors.toSet());
    for (Map.Entry<String, List<Reference>> e : Iso42001.catalog().crosswalk().entrySet()) {
      assertThat(requirements).as("ISO/IEC 42001 side").contains(e.getKey());
      for (Reference r : e.getValue()) {
        assertThat(knownIds(r.framework())).as("%s cited for %s", r, e.getKey()).contains(r.id());
      }
    }
  }

  @Test
  void everyControlHasCrosswalkReferences() {
    for (String control : Iso42001Ids.CONTROLS) {
      assertThat(Iso42001.catalog().crosswalk().get(control)).as(control).isNotEmpty();
    }
  }
}
