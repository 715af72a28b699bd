package org.aimsrules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.model.AimsModel;

/** Models for the benchmarks: the bundled samples, and the conforming sample scaled up. */
public final class BenchmarkModels {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BenchmarkModels() {}

  /**
   * Reads a bundled sample.
   *
   * @param name sample name
   * @return its JSON tree
   */
  public static JsonNode sample(String name) {
    try (InputStream in = BenchmarkModels.class.getResourceAsStream("samples/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Binds a JSON tree to a model.
   *
   * @param doc the document
   * @return the model
   */
  public static AimsModel model(JsonNode doc) {
    try {
      return AimsModelReader.create().read(MAPPER.writeValueAsBytes(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The conforming sample with its first AI system copied {@code copies} times (each copy with its
   * own impact assessment, data resource and scope entry), to measure how cost grows with size.
   *
   * @param copies number of extra AI systems
   * @return the scaled document
   */
  public static JsonNode scaledConforming(int copies) {
    ObjectNode doc = (ObjectNode) sample("conforming-logistics-provider").deepCopy();
    ArrayNode systems = (ArrayNode) doc.get("aiSystems");
    ArrayNode assessments = (ArrayNode) doc.get("impactAssessments");
    ArrayNode data = (ArrayNode) doc.get("dataResources");
    ArrayNode inScope = (ArrayNode) doc.with("scope").get("includedAiSystemIds");
    JsonNode system = systems.get(0);
    String systemId = system.get("id").asText();
    JsonNode assessment = first(assessments, "aiSystemId", systemId);
    JsonNode resource = data.get(0);
    for (int i = 1; i <= copies; i++) {
      String id = systemId + "-" + i;
      ObjectNode s = system.deepCopy();
      s.put("id", id);
      s.put("name", system.get("name").asText() + " " + i);
      systems.add(s);
      inScope.add(id);
      if (assessment != null) {
        ObjectNode a = assessment.deepCopy();
        a.put("id", assessment.get("id").asText() + "-" + i);
        a.put("aiSystemId", id);
        assessments.add(a);
      }
      ObjectNode r = resource.deepCopy();
      r.put("id", resource.get("id").asText() + "-" + i);
      ArrayNode ids = MAPPER.createArrayNode();
      ids.add(TextNode.valueOf(id));
      r.set("aiSystemIds", ids);
      data.add(r);
    }
    return doc;
  }

  private static JsonNode first(ArrayNode array, String field, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.path(field).asText())) {
        return n;
      }
    }
    return null;
  }
}
