package org.aimsrules.core.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The parsed template renders exactly what the regular expression it replaced rendered: every
 * {@code {name}} with a value is filled, everything else is kept as written.
 */
class MessageTemplateTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)}");

  /** The former implementation, kept as the reference. */
  private static String byRegex(String template, Map<String, String> facts) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String value = facts.get(m.group(1));
      m.appendReplacement(sb, Matcher.quoteReplacement(value != null ? value : m.group()));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  @Test
  void fillsKnownPlaceholdersAndKeepsTheRest() {
    Map<String, String> facts = Map.of("a", "1", "b.c", "$2\\", "x", "{a}");
    assertThat(MessageTemplate.parse("{a} and {b.c}, {missing}, {}, {a b}, {{a}}, {x}, {a")
        .render(facts)).isEqualTo("1 and $2\\, {missing}, {}, {a b}, {1}, {a}, {a");
    assertThat(MessageTemplate.parse("").render(facts)).isEmpty();
    assertThat(MessageTemplate.parse("no placeholder").render(facts)).isEqualTo("no placeholder");
  }

  @Property(tries = 2000)
  void rendersAsTheRegularExpressionDid(@ForAll("templates") String template,
      @ForAll("facts") Map<String, String> facts) {
    assertThat(MessageTemplate.parse(template).render(facts))
        .isEqualTo(byRegex(template, facts));
  }

  @Provide
  Arbitrary<String> templates() {
    return Arbitraries.strings().withChars("{}ab.-_ $\\x").ofMaxLength(30);
  }

  @Provide
  Arbitrary<Map<String, String>> facts() {
    Arbitrary<String> keys = Arbitraries.of(List.of("a", "b", "ab", "a.b", "x-", "_"));
    Arbitrary<String> values = Arbitraries.strings().withChars("{}a$\\ ").ofMaxLength(5);
    return Arbitraries.maps(keys, values).ofMaxSize(4).map(HashMap::new);
  }
}
