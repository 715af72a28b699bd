package org.aimsrules.catalog.facts;

import java.util.List;
import java.util.Objects;
import org.aimsrules.core.model.DocumentType;

/**
 * One of the 20 items of documented information that ISO/IEC 42001 clauses 4 to 10 make mandatory,
 * inserted as a reference fact. Rules check that the organization's documents register holds a
 * document of one of the {@code documentTypes}.
 *
 * @param id item id, {@code DI-01} to {@code DI-20}
 * @param clause the sub-clause that requires it
 * @param title what must exist, in the project's words
 * @param documentTypes document types that satisfy it
 * @param form "available", "retain", "documented" or "implied"
 */
public record MandatoryDocument(String id, String clause, String title, List<DocumentType> documentTypes,
    String form) {
  /** Checks the components and copies the list. */
  public MandatoryDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clause, "clause");
    documentTypes = List.copyOf(documentTypes);
  }
}
