package org.aimsrules.core.format;

/**
 * The one definition of the characters of a tenant's text that no output may carry as they are,
 * and their visible form for terminals. Every writer (text, SARIF, JUnit XML, Markdown, HTML)
 * removes, replaces or escapes exactly these; each keeps its format's own metacharacters inert on
 * top of it.
 *
 * <p>Unsafe: C0 controls other than tab and line feed (escape sequences, bell, carriage return that
 * overwrites a line, NUL), DEL and the C1 controls, the bidirectional marks, embeddings, overrides and
 * isolates (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), the zero-width characters
 * (U+200B to U+200D, U+2060 to U+2065, U+FEFF), the line and paragraph separators (U+2028, U+2029),
 * lone surrogates and noncharacters.
 */
public final class OutputSafety {
  private OutputSafety() {}

  /**
   * Whether a code point is unsafe in any output.
   *
   * @param cp a code point (a lone surrogate counts as one)
   * @return true when it must not be written as it is
   */
  public static boolean isUnsafe(int cp) {
    if (cp < 0x20) {
      return cp != '\t' && cp != '\n';
    }
    return (cp >= 0x7f && cp <= 0x9f)
        || cp == 0x061c
        || (cp >= 0x200b && cp <= 0x200f)
        || (cp >= 0x2028 && cp <= 0x202e)
        || (cp >= 0x2060 && cp <= 0x2069)
        || cp == 0xfeff
        || (cp >= 0xd800 && cp <= 0xdfff)
        || (cp >= 0xfdd0 && cp <= 0xfdef)
        || (cp & 0xfffe) == 0xfffe;
  }

  /**
   * Whether a UTF-16 unit is unsafe on its own, surrogates aside (a caller that walks units checks
   * pairing itself).
   *
   * @param c a UTF-16 unit
   * @return true when it must not be written as it is
   */
  public static boolean isUnsafeUnit(char c) {
    return !Character.isSurrogate(c) && isUnsafe(c);
  }

  /**
   * A tenant's string for a terminal or a log, on one line: line feeds and tabs become spaces and
   * every unsafe code point its visible escape (&#92;u001b), so nothing in it can move the
   * cursor, change colours, set a window title or reorder what follows.
   *
   * @param s a string, or {@code null}
   * @return the visible string ({@code ""} for {@code null})
   */
  public static String terminal(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      boolean fold = cp == '\n' || cp == '\t';
      if (fold || isUnsafe(cp)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        if (fold) {
          b.append(' ');
        } else {
          b.append(String.format("\\u%04x", cp));
        }
      } else if (b != null) {
        b.appendCodePoint(cp);
      }
      i += n;
    }
    return b == null ? s : b.toString();
  }
}
