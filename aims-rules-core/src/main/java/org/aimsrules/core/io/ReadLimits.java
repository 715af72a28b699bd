package org.aimsrules.core.io;

/**
 * Limits on input documents. The first three are enforced while parsing (Jackson's stream read
 * constraints), so that an absurd document is rejected before it costs memory; the per-model maxima
 * are checked on the parsed document before validation, each problem with its JSON Pointer, so that
 * a server can rely on what one tenant's model may cost. The defaults are sized from the benchmarks
 * (see {@code docs/performance.md} and {@code SECURITY.md}): a model within them evaluates in about
 * a second on a laptop-class core.
 *
 * @param maxDocumentBytes largest accepted document, in bytes (characters for text input)
 * @param maxNestingDepth deepest accepted nesting of objects and arrays
 * @param maxStringLength longest accepted string value, in characters
 * @param maxAiSystems most AI systems a model may hold ({@code /aiSystems})
 * @param maxListEntries most entries any one list of the model may hold
 * @param maxEntities most entities (records with an id) the whole model may hold
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength,
    int maxAiSystems, int maxListEntries, int maxEntities) {

  /**
   * 16 MiB documents, nesting depth 32, strings of up to 100,000 characters, 1,000 AI systems,
   * 10,000 entries per list, 50,000 entities.
   */
  public static final ReadLimits DEFAULTS =
      new ReadLimits(16L * 1024 * 1024, 32, 100_000, 1_000, 10_000, 50_000);

  /** Checks the limits are positive. */
  public ReadLimits {
    if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxAiSystems <= 0
        || maxListEntries <= 0 || maxEntities <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /**
   * Parsing limits with the default per-model maxima.
   *
   * @param maxDocumentBytes largest accepted document, in bytes
   * @param maxNestingDepth deepest accepted nesting
   * @param maxStringLength longest accepted string value, in characters
   */
  public ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength) {
    this(maxDocumentBytes, maxNestingDepth, maxStringLength, 1_000, 10_000, 50_000);
  }

  /**
   * These limits with other per-model maxima.
   *
   * @param aiSystems most AI systems
   * @param listEntries most entries per list
   * @param entities most entities
   * @return the new limits
   */
  public ReadLimits withModelMaxima(int aiSystems, int listEntries, int entities) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, aiSystems,
        listEntries, entities);
  }
}
