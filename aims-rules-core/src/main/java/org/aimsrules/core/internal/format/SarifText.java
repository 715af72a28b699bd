package org.aimsrules.core.internal.format;

import org.aimsrules.core.format.OutputSafety;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.aimsrules.core.format.SourceDocument;
import org.aimsrules.core.internal.JsonPointers;

/**
 * Text helpers of the SARIF writer: what keeps a string of the model inert once a SARIF viewer
 * shows it.
 *
 * <p>A SARIF plain-text message is not quite plain: {@code [text](target)} is an embedded link
 * (SARIF 2.1.0 section 3.11.6), so a message typed by a tenant could carry a link to any address.
 * Display texts therefore have their square brackets escaped with a backslash, as the standard
 * prescribes, and their control and bidirectional-formatting characters replaced by U+FFFD.
 * Values that must stay exact (ids, fingerprints, facts) are kept as they are and only escaped in
 * the JSON itself ({@link #JSON_ESCAPES}).
 */
final class SarifText {
  /** The replacement of a character that must not reach a viewer. */
  static final char REPLACEMENT = '\uFFFD';

  /**
   * JSON escapes that write every C0 and C1 control character, the bidirectional-formatting
   * characters, zero-width characters, the line and paragraph separators, and '&lt;', '&gt;' and
   * '&amp;' as {@code \}{@code uXXXX}: the bytes of the file hold none of them raw.
   */
  static final CharacterEscapes JSON_ESCAPES = new SarifJsonEscapes();

  private SarifText() {}

  /**
   * Whether a character is one a viewer must not receive raw: C0 and C1 controls (but tab and line
   * feed), DEL, bidirectional-formatting characters, zero-width characters, the line and paragraph
   * separators and the byte-order mark.
   *
   * @param c a character
   * @return true when it is to be replaced or escaped
   */
  static boolean isUnsafe(char c) {
    return OutputSafety.isUnsafeUnit(c);
  }

  /**
   * A string of the model as a line of display text: unsafe characters replaced, carriage returns
   * and line feeds made spaces.
   *
   * @param s a string, or {@code null}
   * @return the cleaned string ({@code ""} for {@code null})
   */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        b.append(' ');
      } else {
        b.append(isUnsafe(c) ? REPLACEMENT : c);
      }
    }
    return b.toString();
  }

  /**
   * A string of the model as the text of a SARIF message: {@link #clean cleaned}, with '[' and ']'
   * escaped so that no part of it is an embedded link, and a backslash before a bracket doubled.
   *
   * @param s a string, or {@code null}
   * @return the message text
   */
  static String message(String s) {
    String c = clean(s);
    StringBuilder b = new StringBuilder(c.length() + 8);
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch == '[' || ch == ']') {
        b.append('\\').append(ch);
      } else if (ch == '\\' && i + 1 < c.length()
          && (c.charAt(i + 1) == '[' || c.charAt(i + 1) == ']')) {
        b.append("\\\\");
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /**
   * A string as literal GitHub-flavoured Markdown text inside a line that the writer starts: the
   * characters that Markdown could read as inline syntax there (backslash, backtick, '*', '_',
   * braces, brackets, '&lt;', '&gt;', '#', '|', '~', '&amp;') are backslash-escaped, so no link,
   * emphasis, code span, HTML tag, entity or autolink can come from it.
   *
   * @param s a string, or {@code null}
   * @return the escaped text, on one line
   */
  static String markdown(String s) {
    String c = clean(s);
    StringBuilder b = new StringBuilder(c.length() + 16);
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if ("\\`*_{}[]<>#|~&".indexOf(ch) >= 0) {
        b.append('\\');
      }
      b.append(ch);
    }
    return b.toString();
  }

  /**
   * A text cut to a number of characters, never between the two halves of a surrogate pair, with
   * an ellipsis when cut.
   *
   * @param s the text
   * @param max the greatest length, at least 2
   * @return {@code s} or its beginning followed by U+2026
   */
  static String truncate(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + '\u2026';
  }

  /**
   * A path as a URI reference (RFC 3986): every character outside the unreserved ones, the
   * sub-delimiters, ':', '@' and '/' is percent-encoded as UTF-8, '%' included unless it starts an
   * escape already. A space, '#', '?' or backslash of a file name so stays part of the path, and
   * the value passes the schema's {@code uri-reference} format that code scanning checks.
   *
   * @param path a relative path with '/' separators, or a URI reference
   * @return the URI reference
   */
  static String uriReference(String path) {
    StringBuilder b = new StringBuilder(path.length() + 8);
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xFF;
      boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0
          || (c == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]));
      if (keep) {
        b.append((char) c);
      } else {
        b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return b.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }

  /**
   * The pointer whose value {@link SourceDocument#locate} gives for a pointer: the pointer itself
   * when the document holds it, else its nearest existing parent.
   *
   * @param doc the document
   * @param pointer a JSON Pointer
   * @return the pointer located, empty when the document is not JSON
   */
  static Optional<String> located(SourceDocument doc, String pointer) {
    Optional<SourceDocument.Position> at = doc.locate(pointer);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    String p = pointer;
    // Distinct values start at distinct places: the first parent located elsewhere holds p.
    while (!p.isEmpty()) {
      String parent = JsonPointers.parent(p);
      if (!doc.locate(parent).equals(at)) {
        return Optional.of(p);
      }
      p = parent;
    }
    return Optional.of("");
  }

  /** The JSON escapes of {@link #JSON_ESCAPES}. */
  private static final class SarifJsonEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii;

    SarifJsonEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7F] = ESCAPE_STANDARD;
      // Never raw markup in the bytes, should the file be pasted into a page.
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // Asked for every character from 128 up: null writes it raw, a sequence replaces it.
      if (ch <= 0xFFFF && isUnsafe((char) ch)) {
        return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
      }
      return null;
    }
  }
}
