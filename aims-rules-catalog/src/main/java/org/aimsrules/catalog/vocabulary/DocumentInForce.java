package org.aimsrules.catalog.vocabulary;

import java.util.Objects;
import org.aimsrules.core.model.DocumentedInformation;

/**
 * A document of the register that is in force: approved on or before the evaluation date (or not
 * dated) and not obsolete. Only such a document satisfies a mandatory documented-information item.
 *
 * <p>Derived by {@code derive/documented-information/in-force}. One fact per document.
 *
 * @param document the document
 */
public record DocumentInForce(DocumentedInformation document) {
  /**
   * Hashes the document's id only (equal facts have equal documents).
   *
   * @return a hash of the document's id
   */
  @Override
  public int hashCode() {
    return document == null ? 0 : Objects.hashCode(document.id());
  }
}
