package org.aimsrules.core.io;

/**
 * Limits on input documents, enforced while parsing (Jackson's stream read constraints) so that an
 * absurd document is rejected before it costs memory.
 *
 * @param maxDocumentBytes largest accepted document, in bytes (characters for text input)
 * @param maxNestingDepth deepest accepted nesting of objects and arrays
 * @param maxStringLength longest accepted string value, in characters
 */
public record ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength) {

  /** 16 MiB documents, nesting depth 32, strings of up to 100,000 characters. */
  public static final ReadLimits DEFAULTS = new ReadLimits(16L * 1024 * 1024, 32, 100_000);

  /** Checks the limits are positive. */
  public ReadLimits {
    if (maxDocumentBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
