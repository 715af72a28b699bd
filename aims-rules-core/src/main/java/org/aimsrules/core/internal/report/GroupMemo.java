package org.aimsrules.core.internal.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aimsrules.core.report.Finding;

/**
 * Findings made from groups of findings (a systemic finding, an escalated major) in an earlier
 * report of a stateful session, reused while a group holds the same finding objects in the same
 * order: such a finding depends on nothing else (catalog and options do not change in a session).
 * Each report keeps only the groups it met. Not thread-safe.
 */
public final class GroupMemo {
  private Map<String, Group> groups = new HashMap<>();
  private Map<String, Group> met = new HashMap<>();

  private record Group(List<Finding> members, Finding made) {}

  /** Creates an empty memo. */
  public GroupMemo() {}

  /**
   * The finding made from a group, reused when the earlier report's group under the same key held
   * the same objects in the same order.
   *
   * @param memo the memo, or {@code null} to keep nothing
   * @param key the group's key (rule and severity, requirement)
   * @param members the group, in the order it came; {@code make} may sort it
   * @param make makes the finding
   * @return the finding
   */
  static Finding made(GroupMemo memo, String key, List<Finding> members,
      Function<List<Finding>, Finding> make) {
    if (memo == null) {
      return make.apply(members);
    }
    Group earlier = memo.groups.get(key);
    if (earlier == null || !sameObjects(earlier.members(), members)) {
      List<Finding> asCame = List.copyOf(members);
      earlier = new Group(asCame, make.apply(members));
    }
    memo.met.put(key, earlier);
    return earlier.made();
  }

  /**
   * Ends a report: the groups it met are what the next report may reuse.
   *
   * @param memo the memo, or {@code null}
   */
  static void reportDone(GroupMemo memo) {
    if (memo != null) {
      memo.groups = memo.met;
      memo.met = new HashMap<>();
    }
  }

  private static boolean sameObjects(List<Finding> a, List<Finding> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }
}
