package org.aimsrules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aimsrules.core.internal.report.ControlsView;
import org.aimsrules.core.report.ControlResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.core.rule.ControlApplicability;

/**
 * The index a stateful session keeps of its applicability facts gives, after any sequence of
 * insertions and retractions, the lists that sorting the facts it holds gives: reasons in text
 * order, AI systems in natural order, one representative per applicable control. Batches of one to
 * twenty changes between reports take both ways of mending a list (by binary search, and sorted
 * again).
 */
class ApplicabilityIndexTest {
  private static final List<String> CONTROLS = List.of("A.5.2", "A.6.2.6", "A.10.3");
  private static final List<String> REASONS = List.of("Second reason.", "first reason", "Third");

  @Property(tries = 300)
  void listsEqualTheSortedFactsAfterAnyChanges(@ForAll("batches") List<List<Integer>> batches) {
    ApplicabilityIndex index = new ApplicabilityIndex();
    List<ControlApplicability> held = new ArrayList<>();
    for (List<Integer> batch : batches) {
      for (int pick : batch) {
        ControlApplicability fact = fact(pick);
        // An even pick adds a fact (a duplicate is a second fact with equal content); an odd pick
        // retracts one the session holds, when it holds one.
        if (pick % 2 == 0) {
          held.add(fact);
          index.added(fact);
        } else if (held.remove(fact)) {
          index.removed(fact);
        }
      }
      assertThat(index.complete(blankResults())).isEqualTo(expected(held));
      assertThat(index.representatives()).containsExactlyInAnyOrderElementsOf(
          representatives(held));
    }
  }

  @Provide
  Arbitrary<List<List<Integer>>> batches() {
    return Arbitraries.integers().between(0, 3 * 3 * 41 * 2 - 1).list().ofMinSize(1).ofMaxSize(20)
        .list().ofMinSize(1).ofMaxSize(15);
  }

  /**
   * Control, reason and system from one number; its parity says add or remove. The 40 system ids
   * include numerically equal pairs ("sys-5", "sys-05"), which natural order tells apart by text.
   */
  private static ControlApplicability fact(int pick) {
    int n = pick / 2;
    String control = CONTROLS.get(n % 3);
    String reason = REASONS.get(n / 3 % 3);
    int system = n / 9 % 41;
    return new ControlApplicability(control, reason,
        system == 40 ? null : "sys-" + (system < 20 ? system : "0" + (system - 20)));
  }

  private static List<ControlResult> blankResults() {
    List<ControlResult> results = new ArrayList<>();
    for (String c : CONTROLS) {
      results.add(new ControlResult(c, c, false, List.of(), List.of(), null,
          RequirementStatus.NOT_APPLICABLE, null, List.of()));
    }
    return results;
  }

  private static List<ControlResult> expected(List<ControlApplicability> held) {
    Map<String, Set<String>> reasons = new TreeMap<>();
    Map<String, Set<String>> systems = new TreeMap<>();
    for (ControlApplicability a : held) {
      reasons.computeIfAbsent(a.controlId(), k -> new TreeSet<>())
          .add(ControlsView.sentence(a.reason()));
      Set<String> ids = systems.computeIfAbsent(a.controlId(),
          k -> new TreeSet<>(NaturalOrder.COMPARATOR));
      if (a.aiSystemId() != null) {
        ids.add(a.aiSystemId());
      }
    }
    List<ControlResult> results = new ArrayList<>();
    for (ControlResult r : blankResults()) {
      results.add(!reasons.containsKey(r.ref()) ? r
          : new ControlResult(r.ref(), r.title(), r.applicable(),
              List.copyOf(reasons.get(r.ref())), List.copyOf(systems.get(r.ref())), r.soa(),
              r.status(), r.note(), r.findings()));
    }
    return results;
  }

  private static List<ControlApplicability> representatives(List<ControlApplicability> held) {
    Map<String, String> first = new TreeMap<>();
    for (ControlApplicability a : held) {
      first.merge(a.controlId(), ControlsView.sentence(a.reason()),
          (x, y) -> x.compareTo(y) <= 0 ? x : y);
    }
    List<ControlApplicability> result = new ArrayList<>();
    first.forEach((c, r) -> result.add(new ControlApplicability(c, r, null)));
    return result;
  }
}
