package org.aimsrules.core.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.aimsrules.core.catalog.Basis;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * A finding made from a group is reused only while the group holds the same finding objects in
 * the same order, and only from the report just before.
 */
class GroupMemoTest {
  private static Finding finding(String id) {
    return new Finding(id, "r", "4.1", List.of(), Basis.REQUIREMENT, "4.1", null, Severity.MINOR,
        "t", "/x/" + id, null, id, "m", Map.of(), List.of(), List.of(), List.of(), List.of(),
        null, null);
  }

  private final AtomicInteger made = new AtomicInteger();
  private final Function<List<Finding>, Finding> make = g -> {
    made.incrementAndGet();
    return finding("made-" + g.size());
  };

  private Finding report(GroupMemo memo, List<Finding> group) {
    Finding f = GroupMemo.made(memo, "r", new ArrayList<>(group), make);
    GroupMemo.reportDone(memo);
    return f;
  }

  @Test
  void theSameObjectsInTheSameOrderReuseTheFinding() {
    GroupMemo memo = new GroupMemo();
    Finding a = finding("a");
    Finding b = finding("b");
    Finding first = report(memo, List.of(a, b));
    assertThat(report(memo, List.of(a, b))).isSameAs(first);
    assertThat(made).hasValue(1);
  }

  @Test
  void anEqualButNewObjectAnotherOrderOrAnotherMemberMakeItAgain() {
    GroupMemo memo = new GroupMemo();
    Finding a = finding("a");
    Finding b = finding("b");
    report(memo, List.of(a, b));
    report(memo, List.of(a, finding("b")));
    report(memo, List.of(b, a));
    report(memo, List.of(a, b, finding("c")));
    assertThat(made).hasValue(4);
  }

  @Test
  void aGroupMissingFromOneReportIsForgotten() {
    GroupMemo memo = new GroupMemo();
    Finding a = finding("a");
    Finding b = finding("b");
    report(memo, List.of(a, b));
    GroupMemo.reportDone(memo);
    report(memo, List.of(a, b));
    assertThat(made).hasValue(2);
  }

  @Test
  void withoutAMemoEveryGroupIsMade() {
    Finding a = finding("a");
    report(null, List.of(a, a));
    report(null, List.of(a, a));
    assertThat(made).hasValue(2);
  }
}
