package org.aimsrules.examples.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.aimsrules.examples.CliTest;
import org.aimsrules.examples.CliTest.Run;
import org.aimsrules.examples.ExamplePack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report format stays valid with a vendor pack's findings in it: SARIF and OSCAL against
 * their schemas, JUnit XML against its XSD, HTML and Markdown carrying the namespaced rule id.
 */
class PackFormatsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static String packJar;
  private static Path model;

  @TempDir
  static Path dir;

  @BeforeAll
  static void setUp() throws Exception {
    packJar = ExamplePack.jar();
    model = ExamplePack.bankWithoutFallback(dir);
    JunitFormatTest.loadSchema();
  }

  private static String report(String format) {
    Run r = CliTest.run("evaluate", model.toString(), "--pack", packJar, "--format", format,
        "--as-of", "2026-11-30");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("acme:high-risk/no-fallback");
    return r.out();
  }

  private static JsonSchema schema(String resource) throws IOException {
    try (InputStream in = PackFormatsTest.class.getResourceAsStream(resource)) {
      JsonNode node = MAPPER.readTree(in);
      return JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node)).getSchema(node);
    }
  }

  @Test
  void sarifIsValid() throws IOException {
    JsonNode log = MAPPER.readTree(report("sarif"));
    assertThat(schema("/schemas/sarif-schema-2.1.0.json").validate(log)).isEmpty();
    assertThat(log.at("/runs/0/tool/driver/rules").findValuesAsText("id"))
        .contains("acme:high-risk/no-fallback");
  }

  @Test
  void oscalIsValid() throws IOException {
    JsonNode doc = MAPPER.readTree(report("oscal-ar"));
    assertThat(schema("/schemas/oscal_assessment-results_schema-1.1.3.json").validate(doc))
        .isEmpty();
  }

  @Test
  void junitIsValid() throws Exception {
    JunitFormatTest.assertValid(report("junit"));
  }

  @Test
  void htmlAndMarkdownCarryTheRule() {
    assertThat(report("html")).contains("<code>acme:high-risk/no-fallback</code>");
    assertThat(report("markdown")).contains("`acme:high-risk/no-fallback`");
  }
}
