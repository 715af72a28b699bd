package org.aimsrules.core.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.aimsrules.core.format.SourceDocument;
import org.junit.jupiter.api.Test;

/** The text helpers of the SARIF and JUnit XML writers. */
class SarifTextTest {
  @Test
  void aMessageHasNoEmbeddedLinkAndNoControlCharacter() {
    assertThat(SarifText.message("see [here](javascript:alert(1)) \\[x] \u001b[1m \u202e\u0000"))
        .isEqualTo("see \\[here\\](javascript:alert(1)) \\\\\\[x\\] \uFFFD\\[1m \uFFFD\uFFFD");
    assertThat(SarifText.message("line\r\nnext\ttab")).isEqualTo("line  next tab");
    assertThat(SarifText.message(null)).isEmpty();
  }

  @Test
  void markdownTextCannotBecomeMarkup() {
    assertThat(SarifText.markdown("<b>*x*</b> [a](b) `c` a_b & #1 | ~"))
        .isEqualTo("\\<b\\>\\*x\\*\\</b\\> \\[a\\](b) \\`c\\` a\\_b \\& \\#1 \\| \\~");
  }

  @Test
  void truncationKeepsSurrogatePairsWhole() {
    assertThat(SarifText.truncate("abcdef", 10)).isEqualTo("abcdef");
    assertThat(SarifText.truncate("abcdef", 4)).isEqualTo("abc\u2026");
    assertThat(SarifText.truncate("ab\uD83D\uDE00cd", 4)).isEqualTo("ab\u2026");
  }

  @Test
  void aPointerIsLocatedAtItselfOrAtItsNearestExistingParent() {
    SourceDocument doc = SourceDocument.of("m.json",
        "{\n  \"a\": {\n    \"b\": [1, 2]\n  }\n}\n".getBytes(StandardCharsets.UTF_8));
    assertThat(SarifText.located(doc, "/a/b/1")).contains("/a/b/1");
    assertThat(SarifText.located(doc, "/a/b/7")).contains("/a/b");
    assertThat(SarifText.located(doc, "/a/c/d")).contains("/a");
    assertThat(SarifText.located(doc, "/z")).contains("");
    assertThat(SarifText.located(doc, "")).contains("");
    assertThat(SarifText.located(SourceDocument.of("x", new byte[] {'{'}), "/a")).isEmpty();
  }

  @Test
  void aPathIsAUriReference() {
    assertThat(SarifText.uriReference("models/acme.json")).isEqualTo("models/acme.json");
    assertThat(SarifText.uriReference("my models/a#1?.json")).isEqualTo("my%20models/a%231%3F.json");
    assertThat(SarifText.uriReference("dir\\é 100%.json")).isEqualTo("dir%5C%C3%A9%20100%25.json");
    assertThat(SarifText.uriReference("a%20b.json")).isEqualTo("a%20b.json");
  }

  @Test
  void xmlTextHoldsOnlyWhatXml10Allows() {
    assertThat(JunitXmlText.text("a\u0000b\u0008c\r\nd\tе ]]> \uD800 \uFFFE \uD83D\uDE00 \u202e"))
        .isEqualTo("a\uFFFDb\uFFFDc\n\nd\tе ]]> \uFFFD \uFFFD \uD83D\uDE00 \uFFFD");
    assertThat(JunitXmlText.attribute("one\ntwo\tthree", 100)).isEqualTo("one two three");
  }
}
