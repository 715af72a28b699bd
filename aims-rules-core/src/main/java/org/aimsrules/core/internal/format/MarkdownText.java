package org.aimsrules.core.internal.format;

import org.aimsrules.core.format.OutputSafety;

/**
 * Makes untrusted text inert in Markdown (GitHub Flavored Markdown, and OSCAL's markup-line and
 * markup-multiline, which are Markdown in JSON): control and bidirectional-override characters
 * removed, line breaks folded to spaces, every Markdown special escaped with a backslash, and
 * {@code <}, {@code >} and {@code &} written as HTML entities, and the {@code :} of {@code ://}
 * escaped too, so that a tenant's {@code [x](javascript:...)}, {@code <img>} or bare
 * {@code https://...} renders as the text it is (GFM links bare addresses; an escape inside
 * {@code ://} or {@code www.} stops it).
 */
public final class MarkdownText {
  /** Characters that a backslash makes literal in CommonMark. */
  private static final String SPECIALS = "\\`*_{}[]()#+-.!|~";

  private MarkdownText() {}

  /**
   * Untrusted text as inline Markdown that renders as exactly that text.
   *
   * @param text the text, or {@code null}
   * @return the escaped text on one line ({@code ""} for {@code null})
   */
  public static String escape(String text) {
    String clean = plain(text);
    StringBuilder out = new StringBuilder(clean.length() + 16);
    for (int i = 0; i < clean.length(); i++) {
      char c = clean.charAt(i);
      if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c == '&') {
        out.append("&amp;");
      } else if (c == ':' && i + 1 < clean.length() && clean.charAt(i + 1) == '/') {
        // "http://" split by an escape is no longer a GFM extended autolink.
        out.append("\\:");
      } else {
        if (SPECIALS.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Untrusted text as a Markdown code span: a fence of backticks longer than any run inside, and a
   * space on each side when the text starts or ends with a backtick or a space.
   *
   * @param text the text, or {@code null}
   * @return the code span; an empty text gives a span of one space
   */
  public static String code(String text) {
    String clean = plain(text);
    if (clean.isEmpty()) {
      return "` `";
    }
    int longest = 0;
    int run = 0;
    for (int i = 0; i < clean.length(); i++) {
      run = clean.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = clean.startsWith("`") || clean.endsWith("`")
        || clean.startsWith(" ") || clean.endsWith(" ");
    return pad ? fence + " " + clean + " " + fence : fence + clean + fence;
  }

  /**
   * Untrusted text on one line with nothing invisible in it: C0 and C1 control characters removed
   * (tab and line breaks become spaces), as are bidirectional embedding, override and isolate
   * marks, zero-width characters and the byte-order mark; leading and trailing spaces trimmed.
   *
   * @param text the text, or {@code null}
   * @return the cleaned text ({@code ""} for {@code null})
   */
  public static String plain(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append(' ');
      } else if (!invisible(c)) {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private static boolean invisible(char c) {
    return c == '\r' || OutputSafety.isUnsafeUnit(c);
  }
}
