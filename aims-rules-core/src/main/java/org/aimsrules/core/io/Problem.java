package org.aimsrules.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One problem found in an input document.
 *
 * @param pointer JSON Pointer (RFC 6901) to the offending value; empty for the whole document
 * @param message what is wrong, in plain words
 * @param line 1-based line in the input, when known (syntax errors and limits)
 * @param column 1-based column in the input, when known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String pointer, String message, Integer line, Integer column) {
  /** Checks the mandatory components. */
  public Problem {
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A problem located by pointer only.
   *
   * @param pointer JSON Pointer
   * @param message what is wrong
   * @return the problem
   */
  public static Problem at(String pointer, String message) {
    return new Problem(pointer, message, null, null);
  }

  /**
   * Renders the problem on one line: the pointer (or "(document)", long tokens abbreviated), the
   * position if known, and the message.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    String where = pointer.isEmpty() ? "(document)" : shortPointer(pointer);
    if (line != null) {
      where += " (line " + line + ", column " + column + ")";
    }
    return where + ": " + message;
  }

  /** The pointer with each token longer than 80 characters abbreviated, for display only. */
  private static String shortPointer(String pointer) {
    if (pointer.length() <= 200) {
      return pointer;
    }
    StringBuilder b = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      b.append('/').append(token.length() <= 80 ? token
          : token.substring(0, 60) + "...(" + token.length() + " characters)");
    }
    return b.toString();
  }
}
