package org.aimsrules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The side-by-side comparison runs each workload on two builds: here the same build twice, from
 * the test's own class path, one round of one operation, so that the reflective driving of the
 * public API is checked on every build.
 */
class SideBySideTest {
  @Test
  void runsEachWorkloadOnBothBuilds() throws Exception {
    String classPath = System.getProperty("java.class.path");
    for (String workload : new String[] {"evaluate:startup-beginning-aims", "generated:3",
        "replace:3"}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      SideBySide.run(new String[] {classPath, classPath, workload, "1", "2", "0"},
          new PrintStream(bytes, true, StandardCharsets.UTF_8));
      String out = bytes.toString(StandardCharsets.UTF_8);
      assertThat(out).as(workload).contains("round  1  before ")
          .contains(workload + ", 1 rounds of 2 operations").contains("before/after per round: median ");
    }
  }
}
