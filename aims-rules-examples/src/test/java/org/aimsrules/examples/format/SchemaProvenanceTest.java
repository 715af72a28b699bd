package org.aimsrules.examples.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The official schemas the format tests validate against are the published files, byte for byte. */
class SchemaProvenanceTest {
  @ParameterizedTest
  @CsvSource({
      "sarif-schema-2.1.0.json, c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e",
      "oscal_assessment-results_schema-1.1.3.json, d9e34757f0c12aff61f52b821f0b8f83ba0ba75b3a149a202b08ba82f82bc4c3",
      "junit-10.xsd, a1a816f58d1bf95ebabf371994df0b9246dee66ea9572fbec4f9296f1b2c0ff6"})
  void isThePublishedFile(String name, String sha256) throws Exception {
    try (InputStream in = SchemaProvenanceTest.class.getResourceAsStream("/schemas/" + name)) {
      assertThat(in).as(name).isNotNull();
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      assertThat(HexFormat.of().formatHex(digest)).isEqualTo(sha256);
    }
  }
}
