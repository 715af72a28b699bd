package org.aimsrules.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only UTF-8 is read (a UTF-8 byte order mark is tolerated); unpaired surrogates are rejected. */
class EncodingTest {
  private static final String DOC =
      "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"}}";
  private final AimsModelReader reader = AimsModelReader.create();

  private List<String> problems(byte[] json) {
    InvalidModelException e = catchThrowableOfType(() -> reader.read(json),
        InvalidModelException.class);
    assertThat(e).as("rejected").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  private static byte[] withMark(byte[] mark, byte[] body) {
    byte[] all = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, all, 0, mark.length);
    System.arraycopy(body, 0, all, mark.length, body.length);
    return all;
  }

  @Test
  void aUtf8DocumentWithOrWithoutByteOrderMarkIsRead() {
    byte[] utf8 = DOC.getBytes(StandardCharsets.UTF_8);
    assertThat(reader.read(utf8).organization().name()).isEqualTo("X");
    byte[] bom = withMark(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8);
    assertThat(reader.read(bom).organization().name()).isEqualTo("X");
  }

  @Test
  void utf16AndUtf32AreRejectedNamingTheEncoding() {
    assertThat(problems(DOC.getBytes(StandardCharsets.UTF_16LE))).singleElement().asString()
        .startsWith("(document): the document is encoded in UTF-16LE; only UTF-8 is accepted");
    assertThat(problems(DOC.getBytes(StandardCharsets.UTF_16BE))).singleElement().asString()
        .contains("encoded in UTF-16BE;");
    assertThat(problems(DOC.getBytes(StandardCharsets.UTF_16))).singleElement().asString()
        .contains("encoded in UTF-16BE with a byte order mark;");
    assertThat(problems(DOC.getBytes(Charset.forName("UTF-32LE")))).singleElement().asString()
        .contains("encoded in UTF-32LE;");
    assertThat(problems(DOC.getBytes(Charset.forName("UTF-32BE")))).singleElement().asString()
        .contains("encoded in UTF-32BE;");
  }

  @Test
  void bytesThatAreNotUtf8AreRejectedWithTheirOffset() {
    byte[] latin1 = "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"M\u00fcller\"}}"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(problems(latin1)).containsExactly("(document): the document is not valid UTF-8 "
        + "(first invalid byte at offset 52); only UTF-8 is accepted");
  }

  @Test
  void anUnpairedSurrogateIsRejectedWithItsPointer() {
    byte[] json = "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\\ud800Y\"}}"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(problems(json)).containsExactly("/organization/name: holds an unpaired UTF-16 "
        + "surrogate (\\ud800), which is not a character; UTF-8 text cannot carry it");
    byte[] paired = "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\\ud83d\\ude00\"}}"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(reader.read(paired).organization().name()).isEqualTo("X\ud83d\ude00");
  }
}
