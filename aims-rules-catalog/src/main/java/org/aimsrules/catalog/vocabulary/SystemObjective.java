package org.aimsrules.catalog.vocabulary;

import java.util.Objects;
import org.aimsrules.core.model.Objective;

/**
 * An AI objective that lists an AI system (an objective that lists none is linked to no system).
 * One fact per objective and listed system (a list that names a system twice gives one fact), so
 * that rules find the objectives of a system by an equality on {@code aiSystemId}, which the
 * engine indexes, instead of searching every list.
 *
 * <p>Derived by {@code derive/system-objective}.
 *
 * @param aiSystemId the id of a system the objective lists (not checked against the inventory)
 * @param objective the objective
 */
public record SystemObjective(String aiSystemId, Objective objective) {
  /**
   * Hashes the system's id and the objective's id only (equal facts have equal ids).
   *
   * @return a hash of the ids
   */
  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(aiSystemId) + (objective == null ? 0 : Objects.hashCode(objective.id()));
  }
}
