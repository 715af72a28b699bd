package org.aimsrules.core.internal.format;

import org.aimsrules.core.format.OutputSafety;

/**
 * Makes untrusted text inert in HTML: control characters (but tab and line feed), bidirectional
 * overrides and isolates, and lone surrogates are removed, and {@code & < > " '} are escaped, so the
 * result is safe both as element text and as a double-quoted attribute value.
 */
final class HtmlText {
  private HtmlText() {}

  /**
   * Escapes a string for element text or a double-quoted attribute value.
   *
   * @param s the untrusted text, or {@code null} (gives the empty string)
   * @return the escaped text
   */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(cp -> {
      if (removed(cp)) {
        return;
      }
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  /**
   * Whether a code point is dropped: the unsafe ones of {@link OutputSafety}.
   */
  static boolean removed(int cp) {
    return OutputSafety.isUnsafe(cp);
  }

  /**
   * The address of a rule's documentation as given by the write context, if it is an absolute
   * {@code https:} URL without characters that would need escaping in it; otherwise {@code null}.
   *
   * @param url the address, or {@code null}
   * @return the same address, or {@code null}
   */
  static String httpsUrl(String url) {
    if (url == null || !url.startsWith("https://") || url.length() <= "https://".length()) {
      return null;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\'
          || c == '`') {
        return null;
      }
    }
    try {
      java.net.URI uri = new java.net.URI(url);
      return "https".equals(uri.getScheme()) && uri.getHost() != null ? url : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
