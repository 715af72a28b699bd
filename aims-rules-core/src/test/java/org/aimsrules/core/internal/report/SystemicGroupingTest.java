package org.aimsrules.core.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The common pointer of a systemic finding's subjects, step by step. */
class SystemicGroupingTest {
  /** The former implementation, kept as the reference: split into steps, keep the common ones. */
  private static String bySteps(List<String> pointers) {
    String[] common = null;
    for (String p : pointers) {
      String[] parts = p.split("/", -1);
      if (common == null) {
        common = parts;
        continue;
      }
      int n = 0;
      while (n < common.length && n < parts.length && common[n].equals(parts[n])) {
        n++;
      }
      common = Arrays.copyOf(common, n);
    }
    return common == null || common.length <= 1 ? "" : String.join("/", common);
  }

  @Test
  void keepsWholeStepsOnly() {
    assertThat(SystemicGrouping.commonPointer(List.of("/aiSystems/1/name", "/aiSystems/12/name")))
        .isEqualTo("/aiSystems");
    assertThat(SystemicGrouping.commonPointer(List.of("/risks/0/owner", "/risks/0/owner")))
        .isEqualTo("/risks/0/owner");
    assertThat(SystemicGrouping.commonPointer(List.of("/a/b", "/a/b/c"))).isEqualTo("/a/b");
    assertThat(SystemicGrouping.commonPointer(List.of("/a", "/b"))).isEmpty();
    assertThat(SystemicGrouping.commonPointer(List.of("", "/a"))).isEmpty();
    assertThat(SystemicGrouping.commonPointer(List.of())).isEmpty();
  }

  @Property(tries = 3000)
  void agreesWithSplittingIntoSteps(@ForAll("pointerLists") List<String> pointers) {
    assertThat(SystemicGrouping.commonPointer(pointers)).isEqualTo(bySteps(pointers));
  }

  @Provide
  Arbitrary<List<String>> pointerLists() {
    Arbitrary<String> step = Arbitraries.strings().withChars("ab1").ofMaxLength(2);
    Arbitrary<String> pointer = step.list().ofMaxSize(4)
        .map(steps -> steps.stream().map(s -> "/" + s).reduce("", String::concat));
    return pointer.list().ofMinSize(1).ofMaxSize(4);
  }
}
