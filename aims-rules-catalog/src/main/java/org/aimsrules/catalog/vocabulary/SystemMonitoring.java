package org.aimsrules.catalog.vocabulary;

import java.util.Objects;
import org.aimsrules.core.model.MonitoringActivity;

/**
 * A monitoring activity that lists an AI system. One fact per monitoring activity and listed
 * system (a list that names a system twice gives one fact), so that rules find the monitoring
 * activities of a system by an equality on {@code aiSystemId}, which the engine indexes, instead
 * of searching every list.
 *
 * <p>Derived by {@code derive/system-monitoring}.
 *
 * @param aiSystemId the id of a system the monitoring activity lists (not checked against the inventory)
 * @param activity the monitoring activity
 */
public record SystemMonitoring(String aiSystemId, MonitoringActivity activity) {
  /**
   * Hashes the system's id and the monitoring activity's id only (equal facts have equal ids).
   *
   * @return a hash of the ids
   */
  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(aiSystemId) + (activity == null ? 0 : Objects.hashCode(activity.id()));
  }
}
