package org.aimsrules.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.aimsrules.core.internal.ModelMetadata.Property;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.Iso42001Ids;
import org.aimsrules.core.model.ModelConstraints;

/**
 * Generates the JSON Schema (draft 2020-12) of the fact model from the record classes and their
 * annotations. The published schema file is this generator's output; a test fails when they differ.
 */
public final class SchemaGenerator {
  /** The schema's {@code $id}. */
  public static final String SCHEMA_ID =
      "https://aims-rules.org/schema/aims-model-" + ModelConstraints.SCHEMA_VERSION + ".schema.json";

  /** Four-digit years from 1900 to 2199 (the range {@link ModelConstraints} documents). */
  private static final String DATE_PATTERN = "^(19|20|21)[0-9]{2}-[0-9]{2}-[0-9]{2}$";

  /**
   * The schema keyword of the evidence map: on every property, its class ({@code evidence},
   * {@code identity} or {@code informational}) and, for evidence, the requirements it evidences and
   * when it is needed.
   */
  public static final String EVIDENCE_KEYWORD = "x-aims-evidence";

  private SchemaGenerator() {}

  private static ObjectNode classification(ObjectMapper mapper, ModelMetadata.Classification c) {
    ObjectNode n = mapper.createObjectNode();
    n.put("class", c.evidenceClass().name().toLowerCase(java.util.Locale.ROOT));
    if (c.evidenceClass() == ModelMetadata.EvidenceClass.EVIDENCE) {
      ArrayNode refs = n.putArray("evidences");
      c.refs().forEach(refs::add);
      n.put("need", c.need().name());
      n.put("when", c.text());
      if (!c.alsoIn().isEmpty()) {
        ArrayNode also = n.putArray("alsoIn");
        c.alsoIn().forEach(also::add);
      }
      if (c.onlyIf() != null) {
        n.put("onlyIf", c.onlyIf());
      }
      if (c.absentMeans() != null) {
        n.put("absentMeans", c.absentMeans());
      }
      if (c.latestOnly()) {
        n.put("latestOnly", true);
      }
      if (c.dueAfter() != null) {
        n.put("dueAfter", c.dueAfter());
      }
    } else {
      n.put("reason", c.text());
    }
    return n;
  }

  /**
   * Generates the schema.
   *
   * @param mapper mapper used to create nodes
   * @return the schema document
   */
  public static ObjectNode generate(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", SCHEMA_ID);
    root.put("title", "AIMS fact model " + ModelConstraints.SCHEMA_VERSION);
    root.put("description", "An organization's AI management system as submitted to aims-rules for "
        + "evaluation against ISO/IEC 42001:2023. Generated from the model records; do not edit.");
    root.put("$ref", "#/$defs/" + AimsModel.class.getSimpleName());
    ObjectNode defs = root.putObject("$defs");
    for (Class<?> type : ModelMetadata.recordTypes()) {
      defs.set(type.getSimpleName(), record(mapper, type));
    }
    for (Class<?> type : ModelMetadata.enumTypes()) {
      ObjectNode e = defs.putObject(type.getSimpleName());
      e.put("type", "string");
      ArrayNode values = e.putArray("enum");
      for (Object c : type.getEnumConstants()) {
        values.add(((Enum<?>) c).name());
      }
    }
    ObjectNode controls = defs.putObject("AnnexAControlId");
    controls.put("description", "An ISO/IEC 42001 Annex A control id.");
    controls.put("type", "string");
    ArrayNode cv = controls.putArray("enum");
    Iso42001Ids.CONTROLS.forEach(cv::add);
    ObjectNode refs = defs.putObject("Iso42001Reference");
    refs.put("description", "A clause or sub-clause of ISO/IEC 42001 (4 to 10), or an Annex A "
        + "control objective or control.");
    refs.put("type", "string");
    ArrayNode rv = refs.putArray("enum");
    Iso42001Ids.CLAUSES.forEach(rv::add);
    Iso42001Ids.CONTROL_OBJECTIVES.forEach(rv::add);
    Iso42001Ids.CONTROLS.forEach(rv::add);
    ObjectNode id = defs.putObject("Id");
    id.put("description", "An entity id: unique across the document.");
    id.put("type", "string");
    id.put("pattern", ModelConstraints.ID_REGEX);
    ObjectNode date = defs.putObject("Date");
    date.put("description", "A calendar date, YYYY-MM-DD, from " + ModelConstraints.MIN_DATE
        + " to " + ModelConstraints.MAX_DATE + ".");
    date.put("type", "string");
    date.put("format", "date");
    date.put("pattern", DATE_PATTERN);
    return root;
  }

  private static ObjectNode record(ObjectMapper mapper, Class<?> type) {
    ObjectNode node = mapper.createObjectNode();
    node.put("type", "object");
    node.put("additionalProperties", false);
    List<Property> props = ModelMetadata.properties(type);
    ArrayNode required = mapper.createArrayNode();
    ObjectNode properties = mapper.createObjectNode();
    for (Property p : props) {
      if (p.required()) {
        required.add(p.name());
      }
      ObjectNode value = value(mapper, p);
      ObjectNode schema;
      if (p.list()) {
        schema = mapper.createObjectNode();
        schema.put("type", "array");
        schema.set("items", value);
      } else {
        schema = value;
      }
      if (p.description() != null) {
        schema.put("description", p.description());
      }
      if (p.refersTo() != null) {
        schema.put("x-refersTo", p.refersTo() == Object.class ? "any" : p.refersTo().getSimpleName());
      }
      if (p.classification() != null) {
        schema.set(EVIDENCE_KEYWORD, classification(mapper, p.classification()));
      }
      properties.set(p.name(), schema);
    }
    if (!required.isEmpty()) {
      node.set("required", required);
    }
    node.set("properties", properties);
    if (type == AimsModel.class) {
      ((ObjectNode) properties.get("schemaVersion")).putArray("enum")
          .addAll(ModelConstraints.SUPPORTED_SCHEMA_VERSIONS.stream()
              .map(com.fasterxml.jackson.databind.node.TextNode::valueOf).toList());
    }
    return node;
  }

  private static ObjectNode value(ObjectMapper mapper, Property p) {
    ObjectNode v = mapper.createObjectNode();
    switch (p.kind()) {
      case STRING -> {
        if (p.entityId()) {
          v.put("$ref", "#/$defs/Id");
        } else if (p.controlRef()) {
          v.put("$ref", "#/$defs/AnnexAControlId");
        } else if (p.clauseRef()) {
          v.put("$ref", "#/$defs/Iso42001Reference");
        } else {
          v.put("type", "string");
          if (p.required()) {
            v.put("minLength", 1);
            v.put("pattern", "\\S");
          }
        }
      }
      case DATE -> v.put("$ref", "#/$defs/Date");
      case INTEGER -> {
        v.put("type", "integer");
        if (p.minimum() != null) {
          v.put("minimum", p.minimum());
        }
        if (p.maximum() != null) {
          v.put("maximum", p.maximum());
        }
      }
      case BOOLEAN -> v.put("type", "boolean");
      case ENUM, RECORD -> v.put("$ref", "#/$defs/" + p.type().getSimpleName());
      default -> throw new IllegalStateException("unhandled kind " + p.kind());
    }
    return v;
  }
}
