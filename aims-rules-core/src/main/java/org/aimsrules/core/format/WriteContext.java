package org.aimsrules.core.format;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a writer may use besides the report and the catalog.
 *
 * @param source the evaluated document, for line and column locations; {@code null} when unknown
 *     (a model built in Java)
 * @param ruleDocumentation the address of a rule's documentation page by rule id, or {@code null}
 *     for none; never {@code null} itself
 */
public record WriteContext(SourceDocument source, Function<String, String> ruleDocumentation) {
  /** No source document and no documentation links. */
  public static final WriteContext NONE = new WriteContext(null, id -> null);

  /** Checks the function. */
  public WriteContext {
    Objects.requireNonNull(ruleDocumentation, "ruleDocumentation");
  }

  /**
   * The source document, if known.
   *
   * @return the source document
   */
  public Optional<SourceDocument> sourceDocument() {
    return Optional.ofNullable(source);
  }

  /**
   * The documentation address of a rule, if known.
   *
   * @param ruleId a rule id
   * @return its address
   */
  public Optional<String> documentationOf(String ruleId) {
    return Optional.ofNullable(ruleDocumentation.apply(ruleId));
  }
}
