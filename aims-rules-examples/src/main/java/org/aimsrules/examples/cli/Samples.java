package org.aimsrules.examples.cli;

import java.io.InputStream;
import java.util.List;

/** The sample organizations bundled with the examples. */
public final class Samples {
  /** Names of the bundled samples. */
  public static final List<String> NAMES = List.of(
      "startup-beginning-aims",
      "bank-high-risk-credit-scoring",
      "conforming-logistics-provider",
      "conforming-insurer-deployer");

  private Samples() {}

  /**
   * Opens a sample.
   *
   * @param name one of {@link #NAMES}
   * @return the sample's JSON, to be closed by the caller
   */
  public static InputStream open(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no sample named " + name);
    }
    InputStream in = Samples.class.getResourceAsStream(
        "/org/aimsrules/examples/samples/" + name + ".json");
    if (in == null) {
      throw new IllegalStateException("sample " + name + " is missing from the jar");
    }
    return in;
  }
}
