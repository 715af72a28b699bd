package org.aimsrules.core.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Helpers for rules that follow the ids a record lists. A pattern such as
 * {@code InScopeSystem(aiSystemId memberOf $ids)} cannot be indexed by the engine: every record with
 * a list is compared with every system, which grows with the square of the organization's size.
 * Iterating the list and joining with an equality is indexed:
 *
 * <pre>{@code
 * $c : Customer($ids : aiSystemIds)
 * $sid : String() from Ids.distinct($ids)
 * InScopeSystem(aiSystemId == $sid)
 * }</pre>
 */
public final class Ids {
  private Ids() {}

  /**
   * The distinct ids of a list, in list order: a record that lists an id twice still matches once,
   * as {@code memberOf} does.
   *
   * @param ids ids, possibly repeated; null reads as none
   * @return the distinct ids
   */
  public static List<String> distinct(Collection<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    return new ArrayList<>(new LinkedHashSet<>(ids));
  }
}
