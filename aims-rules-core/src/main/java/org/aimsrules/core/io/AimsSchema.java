package org.aimsrules.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The published JSON Schema (draft 2020-12) of the fact model. */
public final class AimsSchema {
  /** Class-path location of the schema, inside the core jar. */
  public static final String RESOURCE = "/org/aimsrules/core/aims-model-1.1.schema.json";

  private AimsSchema() {}

  /**
   * The schema document.
   *
   * @return the schema as JSON text
   */
  public static String json() {
    try (InputStream in = AimsSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
