package org.aimsrules.catalog.vocabulary;

import java.util.Objects;
import org.aimsrules.core.model.Resource;

/**
 * An entry of the organization's resource list (Resource) that lists an AI system. One fact per
 * resource and listed system (a list that names a system twice gives one fact), so that rules find
 * the resources of a system by an equality on {@code aiSystemId}, which the engine indexes,
 * instead of searching every list.
 *
 * <p>Derived by {@code derive/system-resource}.
 *
 * @param aiSystemId the id of a system the resource lists (not checked against the inventory)
 * @param resource the resource
 */
public record SystemResource(String aiSystemId, Resource resource) {
  /**
   * Hashes the system's id and the resource's id only (equal facts have equal ids).
   *
   * @return a hash of the ids
   */
  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(aiSystemId) + (resource == null ? 0 : Objects.hashCode(resource.id()));
  }
}
