package org.aimsrules.core.catalog;

import java.util.Objects;

/**
 * A requirement the catalog knows: a sub-clause, an obligation of the register, or an Annex A
 * control. Titles are the official short titles; summaries are the project's own paraphrases (no
 * text of the standard is reproduced).
 *
 * @param ref reference, e.g. {@code 9.2.2}, {@code 9.2.2-a}, {@code A.6.2.8}
 * @param kind kind
 * @param title official short title (sub-clauses, controls) or the paraphrase (obligations)
 * @param parent the sub-clause of an obligation, the control objective of a control, or null
 * @param summary paraphrase of what it asks
 * @param documentedInformation documented-information form required, if any ("available",
 *     "retain", "documented", "implied")
 * @param verification how far the paraphrase is verified: V, P or U
 */
public record Requirement(String ref, RequirementKind kind, String title, String parent,
    String summary, String documentedInformation, String verification) {
  /** Checks the mandatory components. */
  public Requirement {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
  }
}
