package org.aimsrules.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.aimsrules.core.GeneratedFiles;
import org.aimsrules.core.io.ReadLimits;
import org.junit.jupiter.api.Test;

/**
 * The published schema (in the jar and in docs/) and the fact-model reference are generated from the
 * records; these tests fail when they drift (rerun with -Daims.regenerate=true to update them).
 */
class GeneratedDocsTest {
  private static final ObjectMapper MAPPER = Json.mapper(ReadLimits.DEFAULTS);

  static String schema() throws Exception {
    return Json.prettyWriter(MAPPER).writeValueAsString(SchemaGenerator.generate(MAPPER)) + "\n";
  }

  @Test
  void schemaInTheJarIsGenerated() throws Exception {
    GeneratedFiles.check(Path.of("src/main/resources/org/aimsrules/core/aims-model-1.1.schema.json"),
        schema());
  }

  @Test
  void schemaInTheDocsIsGenerated() throws Exception {
    GeneratedFiles.check(Path.of("../docs/aims-model-1.1.schema.json"), schema());
  }

  @Test
  void factModelReferenceIsGenerated() throws Exception {
    GeneratedFiles.check(Path.of("../docs/fact-model.md"), FactModelReference.render());
  }

  @Test
  void evidenceMapIsGenerated() throws Exception {
    GeneratedFiles.check(Path.of("../docs/evidence-map.md"), EvidenceMapReference.render());
  }

  @Test
  void waiversSchemaInTheDocsIsTheOneTheLibraryReads() throws Exception {
    GeneratedFiles.check(Path.of("../docs/waivers-1.0.schema.json"),
        org.aimsrules.core.io.WaiverReader.schema());
  }
}
