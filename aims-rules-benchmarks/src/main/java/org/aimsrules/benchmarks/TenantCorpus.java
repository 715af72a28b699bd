package org.aimsrules.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Writes a seeded corpus of tenants as JSON Lines, the input of {@code aims-rules-spark}'s
 * {@code evaluate-tenants}: one line per tenant, {@code {"tenant": "tenant-0000001", "model": {...}}},
 * each model made by {@link OrganizationGenerator} with its own seed.
 *
 * <p>Sizes vary as a vendor's tenants do, most of them small: 80% have 2 AI systems, 15% from 3 to
 * 5, 4% from 6 to 10 and 1% from 11 to 30. The same count and seed give the same file, byte for byte.
 *
 * <p>Usage: {@code java -cp CP org.aimsrules.benchmarks.TenantCorpus OUT.jsonl COUNT [SEED]}
 * (seed 42 by default).
 */
public final class TenantCorpus {
  /** Tenants made in parallel before they are written in order. */
  private static final int BATCH = 256;

  private TenantCorpus() {}

  /**
   * The number of AI systems of one tenant.
   *
   * @param random the corpus's random source
   * @return 2 to 30, mostly 2
   */
  static int aiSystems(SplittableRandom random) {
    double p = random.nextDouble();
    if (p < 0.80) {
      return 2;
    } else if (p < 0.95) {
      return random.nextInt(3, 6);
    } else if (p < 0.99) {
      return random.nextInt(6, 11);
    }
    return random.nextInt(11, 31);
  }

  /**
   * Writes the corpus.
   *
   * @param args {@code OUT COUNT [SEED]}
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: TenantCorpus OUT.jsonl COUNT [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
    SplittableRandom random = new SplittableRandom(seed);
    int[] histogram = new int[31];
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
      // Sizes and seeds are drawn in order; the organizations are made in parallel, a batch at a
      // time, and written in order: the same bytes as one thread, in a fraction of the time.
      for (int first = 1; first <= count; first += BATCH) {
        int n = Math.min(BATCH, count - first + 1);
        int[] systems = new int[n];
        long[] seeds = new long[n];
        for (int k = 0; k < n; k++) {
          systems[k] = aiSystems(random);
          seeds[k] = random.nextLong();
          histogram[systems[k]]++;
        }
        byte[][] models = new byte[n][];
        IntStream.range(0, n).parallel()
            .forEach(k -> models[k] = OrganizationGenerator.bytes(systems[k], seeds[k]));
        for (int k = 0; k < n; k++) {
          o.write(String.format("{\"tenant\":\"tenant-%07d\",\"model\":", first + k)
              .getBytes(StandardCharsets.UTF_8));
          o.write(models[k]);
          o.write("}\n".getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    StringBuilder sizes = new StringBuilder();
    for (int s = 2; s < histogram.length; s++) {
      if (histogram[s] > 0) {
        sizes.append(' ').append(s).append(':').append(histogram[s]);
      }
    }
    System.out.println(count + " tenants in " + out + " (" + Files.size(out)
        + " bytes); AI systems:tenants" + sizes);
  }
}
