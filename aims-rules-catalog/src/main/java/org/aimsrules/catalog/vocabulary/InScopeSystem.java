package org.aimsrules.catalog.vocabulary;

import java.util.Objects;
import org.aimsrules.core.model.AiSystem;

/**
 * An AI system of the inventory that the catalog checks: not retired, and included in the AIMS scope,
 * or left out of it without a justified exclusion, or any system when the model has no scope section
 * (fail closed: leaving a system out without saying why never silences its findings).
 *
 * <p>Derived by {@code derive/in-scope-system}, {@code derive/in-scope-system-omitted-without-justification}
 * and {@code derive/in-scope-system-without-scope-section}. One fact per system.
 *
 * @param aiSystemId the system's id
 * @param system the system
 */
public record InScopeSystem(String aiSystemId, AiSystem system) {
  /**
   * Hashes the id only (equal facts have equal ids), so that the engine's truth maintenance does
   * not hash the whole system each time it is derived.
   *
   * @return a hash of the id
   */
  @Override
  public int hashCode() {
    return Objects.hashCode(aiSystemId);
  }
}
