package org.aimsrules.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a generated file against what the code generates now. With {@code -Daims.regenerate=true}
 * it rewrites the file instead, so that a change to the source of truth is one command away.
 */
public final class GeneratedFiles {
  private GeneratedFiles() {}

  /**
   * Asserts that {@code file} holds {@code expected}, or rewrites it when regenerating.
   *
   * @param file the committed file
   * @param expected what the generator produces
   * @throws IOException when the file cannot be read or written
   */
  public static void check(Path file, String expected) throws IOException {
    if (Boolean.getBoolean("aims.regenerate")) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
      return;
    }
    assertThat(Files.exists(file)).as("%s exists (run the test with -Daims.regenerate=true)", file)
        .isTrue();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("%s is generated; rerun the test with -Daims.regenerate=true to update it", file)
        .isEqualTo(expected);
  }
}
