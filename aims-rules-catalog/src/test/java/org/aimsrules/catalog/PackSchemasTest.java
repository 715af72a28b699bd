package org.aimsrules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersionDetector;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aimsrules.catalog.internal.CatalogLoader;
import org.aimsrules.core.catalog.PackMetadata;
import org.junit.jupiter.api.Test;

/**
 * The catalog's own metadata files are valid against the published JSON Schemas of pack metadata,
 * and the copies of those schemas in docs/schemas are the ones the library ships.
 */
class PackSchemasTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String BASE = "org/aimsrules/catalog/";

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = PackSchemasTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return MAPPER.readTree(in);
    }
  }

  private static JsonSchema schema(String resource) throws IOException {
    JsonNode node = resource(resource);
    return JsonSchemaFactory.getInstance(SpecVersionDetector.detect(node)).getSchema(node);
  }

  @Test
  void indexIsValid() throws IOException {
    assertThat(schema(PackMetadata.CATALOG_SCHEMA).validate(resource(BASE + "catalog.json")))
        .isEmpty();
  }

  @Test
  void requirementsAreValid() throws IOException {
    assertThat(schema(PackMetadata.REQUIREMENTS_SCHEMA)
        .validate(resource(BASE + "requirements.json"))).isEmpty();
  }

  @Test
  void everyRuleGroupIsValid() throws IOException {
    JsonSchema schema = schema(PackMetadata.RULES_SCHEMA);
    for (String group : CatalogLoader.index().ruleGroups()) {
      assertThat(schema.validate(resource(BASE + "rules/" + group + ".json"))).as(group).isEmpty();
    }
  }

  @Test
  void theSchemaCatchesAnUnknownSeverity() throws IOException {
    JsonNode bad = MAPPER.readTree("{\"title\": \"t\", \"rules\": [{\"id\": \"acme:x\", "
        + "\"requirement\": \"acme:R\", \"basis\": \"REQUIREMENT\", \"severity\": \"SEVERE\", "
        + "\"title\": \"t\", \"message\": \"m\"}]}");
    assertThat(schema(PackMetadata.RULES_SCHEMA).validate(bad)).isNotEmpty();
  }

  @Test
  void docsHoldTheShippedSchemas() throws IOException {
    for (String resource : new String[] {PackMetadata.CATALOG_SCHEMA,
        PackMetadata.REQUIREMENTS_SCHEMA, PackMetadata.RULES_SCHEMA}) {
      Path doc = Path.of("../docs/schemas", resource.substring(resource.lastIndexOf('/') + 1));
      assertThat(MAPPER.readTree(Files.readString(doc))).as(doc.toString())
          .isEqualTo(resource(resource));
    }
  }
}
