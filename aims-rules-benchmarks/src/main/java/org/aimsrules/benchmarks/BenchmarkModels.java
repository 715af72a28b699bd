package org.aimsrules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.model.AimsModel;

/**
 * Models for the benchmarks: the bundled samples (generated organizations of any size come from
 * {@link OrganizationGenerator}).
 */
public final class BenchmarkModels {
  /** The bundled samples, by name. */
  public static final List<String> SAMPLES = List.of("startup-beginning-aims",
      "bank-high-risk-credit-scoring", "conforming-logistics-provider",
      "conforming-insurer-deployer");

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
}
