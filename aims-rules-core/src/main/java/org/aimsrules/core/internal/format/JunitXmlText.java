package org.aimsrules.core.internal.format;

import org.aimsrules.core.format.OutputSafety;

/**
 * Text helpers of the JUnit XML writer. XML 1.0 cannot carry most control characters, not even as
 * character references, so they are replaced (by U+FFFD) before the XML writer escapes the rest;
 * bidirectional-formatting and zero-width characters, which XML allows but a CI page would render
 * misleadingly, are replaced too.
 */
final class JunitXmlText {
  /** The replacement of a character that XML cannot carry or a viewer must not receive. */
  static final char REPLACEMENT = '\uFFFD';

  private JunitXmlText() {}

  /**
   * A string of the model as XML character data: every character XML 1.0 forbids (C0 controls
   * but tab, line feed and carriage return; lone surrogates; U+FFFE, U+FFFF), the C1 controls,
   * DEL and the bidirectional-formatting and zero-width characters replaced by U+FFFD; carriage
   * returns made line feeds.
   *
   * @param s a string, or {@code null}
   * @return the text ({@code ""} for {@code null})
   */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (c == '\r') {
        b.append('\n');
      } else if (c == '\n' || c == '\t') {
        b.append(c);
      } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
          || OutputSafety.isUnsafeUnit(c)) {
        b.append(REPLACEMENT);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A string of the model as an attribute value on one line: {@link #text} with line feeds and
   * tabs made spaces (a parser would normalize them anyway), cut to a length.
   *
   * @param s a string, or {@code null}
   * @param max the greatest length, at least 2
   * @return the value
   */
  static String attribute(String s, int max) {
    String t = text(s).replace('\n', ' ').replace('\t', ' ');
    return SarifText.truncate(t, max);
  }
}
