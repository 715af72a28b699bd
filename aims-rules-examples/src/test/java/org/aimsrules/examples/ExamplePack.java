package org.aimsrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aimsrules.examples.cli.Cli;

/** The example vendor pack's jar and a model on which its rules find something, for CLI tests. */
public final class ExamplePack {
  private ExamplePack() {}

  /**
   * The example pack's jar, which the pom names in the system property {@code aims.examplePackJar}.
   *
   * @return its path
   */
  public static String jar() {
    String jar = System.getProperty("aims.examplePackJar");
    assertThat(jar).as("system property aims.examplePackJar (set by the pom)").isNotNull();
    assertThat(Path.of(jar)).as("the example pack's jar: build aims-rules-examples/acme-pack "
        + "first (the parent pom's reactor does)").isRegularFile();
    return jar;
  }

  /**
   * Writes the bank sample with its high-risk system's overseers unable to stop it (the pack's
   * {@code acme:high-risk/no-fallback} finds it).
   *
   * @param dir where to write it
   * @return the file
   * @throws IOException when it cannot be written
   */
  public static Path bankWithoutFallback(Path dir) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode doc;
    try (InputStream in = Cli.class.getResourceAsStream(
        "/org/aimsrules/examples/samples/bank-high-risk-credit-scoring.json")) {
      doc = (ObjectNode) mapper.readTree(in);
    }
    ObjectNode system = (ObjectNode) doc.withArray("aiSystems").get(0);
    ((ObjectNode) system.get("humanOversight")).put("canInterrupt", false);
    Path file = dir.resolve("bank.json");
    Files.writeString(file, doc.toString());
    return file;
  }
}
