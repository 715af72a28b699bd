package org.aimsrules.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.aimsrules.core.internal.ModelMetadata;
import org.aimsrules.core.internal.ModelMetadata.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The published schema and the records agree: every record property is in the schema and every
 * schema property is a record property, and the schema and the reader accept and reject the same
 * documents (for what a schema can express).
 */
class SchemaAgreementTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode schemaNode() throws Exception {
    return MAPPER.readTree(AimsSchema.json());
  }

  static JsonSchema schema() throws Exception {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
  }

  @Test
  void everyRecordPropertyIsInTheSchemaAndViceVersa() throws Exception {
    JsonNode defs = schemaNode().path("$defs");
    for (Class<?> type : ModelMetadata.recordTypes()) {
      JsonNode def = defs.path(type.getSimpleName());
      assertThat(def.isObject()).as("schema has %s", type.getSimpleName()).isTrue();
      Set<String> inSchema = new TreeSet<>();
      for (Iterator<String> it = def.path("properties").fieldNames(); it.hasNext(); ) {
        inSchema.add(it.next());
      }
      Set<String> inRecord = new TreeSet<>();
      Set<String> required = new TreeSet<>();
      for (Property p : ModelMetadata.properties(type)) {
        inRecord.add(p.name());
        if (p.required()) {
          required.add(p.name());
        }
      }
      assertThat(inSchema).as("properties of %s", type.getSimpleName()).isEqualTo(inRecord);
      Set<String> requiredInSchema = new TreeSet<>();
      def.path("required").forEach(n -> requiredInSchema.add(n.asText()));
      assertThat(requiredInSchema).as("required properties of %s", type.getSimpleName()).isEqualTo(required);
      assertThat(def.path("additionalProperties").asBoolean(true)).isFalse();
    }
  }

  @Test
  void theSchemaAcceptsWhatTheReaderAccepts() throws Exception {
    JsonNode doc = MAPPER.readTree(AimsModelReaderTest.small());
    assertThat(schema().validate(doc)).isEmpty();
    AimsModelReader.create().read(AimsModelReaderTest.small());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"organization\": {\"name\": \"X\"}}",
      "{\"schemaVersion\": \"2.0\", \"organization\": {\"name\": \"X\"}}",
      "{\"schemaVersion\": \"1.0\", \"organization\": {}}",
      "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\", \"employees\": \"10\"}}",
      "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\", \"aiRoles\": [\"BOSS\"]}}",
      "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\", \"extra\": 1}}",
      "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"}, \"aiPolicy\": {\"approvedOn\": \"1 May\"}}",
      "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"}, \"aiPolicy\": {\"title\": null}}",
      "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"}, \"people\": [{\"id\": \"a b\", \"name\": \"N\"}]}",
      "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"}, \"statementOfApplicability\": {\"entries\": [{\"controlId\": \"A.1.1\", \"included\": true}]}}",
      "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"}, \"riskCriteria\": {\"likelihoodLevels\": 1}}",
      "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \" \"}}"})
  void theSchemaAndTheReaderRejectTheSameDocuments(String json) throws Exception {
    assertThat(schema().validate(MAPPER.readTree(json))).as("schema errors").isNotEmpty();
    assertThat(AimsModelReader.create().validate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .as("reader problems").isNotEmpty();
  }
}
