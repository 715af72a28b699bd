package org.aimsrules.catalog.vocabulary;

import java.util.Objects;
import org.aimsrules.core.model.AiSystem;

/**
 * An {@link InScopeSystem} that the organization develops or provides: its roles for the system
 * ({@link SystemRole}) include AI provider or AI producer. Unknown roles count as both (fail closed).
 *
 * <p>Derived by {@code derive/developed-system}. One fact per system.
 *
 * @param aiSystemId the system's id
 * @param system the system
 */
public record DevelopedSystem(String aiSystemId, AiSystem system) {
  /**
   * Hashes the id only (equal facts have equal ids).
   *
   * @return a hash of the id
   */
  @Override
  public int hashCode() {
    return Objects.hashCode(aiSystemId);
  }
}
