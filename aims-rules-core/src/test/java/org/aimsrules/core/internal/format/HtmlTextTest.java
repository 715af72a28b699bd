package org.aimsrules.core.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escaping of untrusted text and the choice of documentation links in the HTML report. */
class HtmlTextTest {
  @Test
  void escapesMarkupCharactersForTextAndAttributes() {
    assertThat(HtmlText.escape("<script>alert('x') & \"y\"</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    assertThat(HtmlText.escape(null)).isEmpty();
  }

  @Test
  void removesControlBidiAndLoneSurrogateCharactersButKeepsTabsAndLineFeeds() {
    assertThat(HtmlText.escape("a\u001b[31mb\u0000c\u007f\u0085d\u202ee\u2066f\u200fg\ud800h\ufffei"))
        .isEqualTo("a[31mbcdefghi");
    assertThat(HtmlText.escape("line\nnext\ttab\r")).isEqualTo("line\nnext\ttab");
    assertThat(HtmlText.escape("Zürich 😀 日本")).isEqualTo("Zürich 😀 日本");
  }

  @Test
  void linksOnlyPlainHttpsAddresses() {
    assertThat(HtmlText.httpsUrl("https://example.org/docs/rules/4.md#a-b"))
        .isEqualTo("https://example.org/docs/rules/4.md#a-b");
    assertThat(HtmlText.httpsUrl("javascript:alert(1)")).isNull();
    assertThat(HtmlText.httpsUrl("http://example.org/")).isNull();
    assertThat(HtmlText.httpsUrl("https://example.org/\"onclick=\"x")).isNull();
    assertThat(HtmlText.httpsUrl("HTTPS://example.org/")).isNull();
    assertThat(HtmlText.httpsUrl("https://")).isNull();
    assertThat(HtmlText.httpsUrl(null)).isNull();
  }
}
