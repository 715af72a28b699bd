package org.aimsrules.core.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  @Test
  void escapesEveryMarkdownSpecialAndHtml() {
    assertThat(MarkdownText.escape("[x](javascript:alert(1)) <img src=x> a & b"))
        .isEqualTo("\\[x\\]\\(javascript:alert\\(1\\)\\) &lt;img src=x&gt; a &amp; b");
    assertThat(MarkdownText.escape("\\`*_{}[]()#+-.!|~"))
        .isEqualTo("\\\\\\`\\*\\_\\{\\}\\[\\]\\(\\)\\#\\+\\-\\.\\!\\|\\~");
    assertThat(MarkdownText.escape(null)).isEmpty();
    assertThat(MarkdownText.escape("see https://x.y and www.z.w, at 10:30"))
        .isEqualTo("see https\\://x\\.y and www\\.z\\.w, at 10:30");
  }

  @Test
  void removesControlAndBidiCharactersAndFoldsLines() {
    assertThat(MarkdownText.plain(" a\u001b[31mb\u202ec\u2066d\u200be\u0085f\r\ng\u0000 "))
        .isEqualTo("a[31mbcde f  g");
    assertThat(MarkdownText.escape("line\n# heading")).isEqualTo("line \\# heading");
  }

  @Test
  void codeSpansUseALongerFenceThanAnyRunInside() {
    assertThat(MarkdownText.code("/a/b")).isEqualTo("`/a/b`");
    assertThat(MarkdownText.code("a``b`c")).isEqualTo("```a``b`c```");
    assertThat(MarkdownText.code("`x")).isEqualTo("`` `x ``");
    assertThat(MarkdownText.code("")).isEqualTo("` `");
    assertThat(MarkdownText.code("<b>\u202e")).isEqualTo("`<b>`");
  }
}
