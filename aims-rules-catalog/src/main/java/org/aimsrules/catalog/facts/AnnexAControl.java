package org.aimsrules.catalog.facts;

import java.util.Objects;

/**
 * One of the 38 Annex A controls, inserted as a reference fact so that rules can reason over all
 * controls (e.g. "every control is listed in the Statement of Applicability").
 *
 * @param id control id, e.g. {@code A.6.2.8}
 * @param title official short title
 * @param objective control objective (group), e.g. {@code A.6}
 */
public record AnnexAControl(String id, String title, String objective) {
  /** Checks the components. */
  public AnnexAControl {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
  }
}
