package org.aimsrules.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The library's version, from a resource written at build time. */
public final class Versions {
  private static final String VERSION = load();

  private Versions() {}

  /**
   * The version of aims-rules-core.
   *
   * @return the Maven project version
   */
  public static String library() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Versions.class.getResourceAsStream("/org/aimsrules/core/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
