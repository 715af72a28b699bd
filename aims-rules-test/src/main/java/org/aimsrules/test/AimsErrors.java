package org.aimsrules.test;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * The error messages of the aims-rules assertions, built as AssertJ's own factories are: a format
 * with the assertion's description in front. The texts are composed by the assertions (model strings
 * already made inert) and passed unquoted. Lines are separated by {@code \n} on every platform, so
 * that a message is the same wherever it is asserted.
 */
final class AimsErrors extends BasicErrorMessageFactory {

  private AimsErrors(String text) {
    super("\n%s", unquotedString(text));
  }

  /**
   * A message factory for a composed text.
   *
   * @param text the message, lines separated by {@code \n}
   * @return the factory
   */
  static ErrorMessageFactory of(String text) {
    return new AimsErrors(text);
  }
}
