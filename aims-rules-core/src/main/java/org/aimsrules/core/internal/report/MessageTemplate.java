package org.aimsrules.core.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule's message template, split once into literal text and {@code {name}} placeholders, so that
 * rendering a finding's message is a walk over the parts rather than a regular-expression search.
 *
 * <p>A placeholder is {@code {} followed by one or more of {@code A-Z a-z 0-9 _ . -} and {@code }}.
 * A placeholder whose name has no value stays as written; anything else is literal text.
 */
public final class MessageTemplate {
  private final String[] literals;
  private final String[] names;

  private MessageTemplate(List<String> literals, List<String> names) {
    this.literals = literals.toArray(String[]::new);
    this.names = names.toArray(String[]::new);
  }

  /**
   * Splits a template into its parts.
   *
   * @param template the template
   * @return the parsed template
   */
  public static MessageTemplate parse(String template) {
    List<String> literals = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int n = template.length();
    int literalStart = 0;
    int i = 0;
    while (i < n) {
      if (template.charAt(i) == '{') {
        int j = i + 1;
        while (j < n && isNameChar(template.charAt(j))) {
          j++;
        }
        if (j > i + 1 && j < n && template.charAt(j) == '}') {
          literals.add(template.substring(literalStart, i));
          names.add(template.substring(i + 1, j));
          literalStart = j + 1;
          i = j + 1;
          continue;
        }
      }
      i++;
    }
    literals.add(template.substring(literalStart));
    return new MessageTemplate(literals, names);
  }

  /**
   * Fills the placeholders.
   *
   * @param facts values by placeholder name
   * @return the text; a placeholder without a value stays as written
   */
  public String render(Map<String, String> facts) {
    if (names.length == 0) {
      return literals[0];
    }
    StringBuilder sb = new StringBuilder(literals[0]);
    for (int k = 0; k < names.length; k++) {
      String value = facts.get(names[k]);
      if (value != null) {
        sb.append(value);
      } else {
        sb.append('{').append(names[k]).append('}');
      }
      sb.append(literals[k + 1]);
    }
    return sb.toString();
  }

  private static boolean isNameChar(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
        || c == '.' || c == '-';
  }
}
