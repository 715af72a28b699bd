package org.aimsrules.catalog.vocabulary;

import java.util.Objects;
import org.aimsrules.core.model.DataResource;

/**
 * A data resource that serves an {@link InScopeSystem}: the resource lists the system. One fact per
 * resource and system.
 *
 * <p>Derived by {@code derive/annex-a7/data-use}.
 *
 * @param resourceId the data resource's id
 * @param resource the data resource
 * @param aiSystemId the system's id
 */
public record DataUse(String resourceId, DataResource resource, String aiSystemId) {
  /**
   * Hashes the two ids only (equal facts have equal ids).
   *
   * @return a hash of the ids
   */
  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(resourceId) + Objects.hashCode(aiSystemId);
  }
}
