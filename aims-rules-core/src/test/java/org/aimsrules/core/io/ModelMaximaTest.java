package org.aimsrules.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Per-model maxima: enforced by the reader with a JSON Pointer, configurable by the embedder. */
class ModelMaximaTest {
  private static String doc(int systems, int people) {
    StringBuilder b = new StringBuilder("{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"}, \"aiSystems\": [");
    for (int i = 0; i < systems; i++) {
      b.append(i == 0 ? "" : ", ").append("{\"id\": \"sys-").append(i)
          .append("\", \"name\": \"S\", \"lifecycleStage\": \"DESIGN_AND_DEVELOPMENT\"}");
    }
    b.append("], \"people\": [");
    for (int i = 0; i < people; i++) {
      b.append(i == 0 ? "" : ", ").append("{\"id\": \"p-").append(i).append("\", \"name\": \"P\"}");
    }
    return b.append("]}").toString();
  }

  private static List<String> problems(ReadLimits limits, String json) {
    InvalidModelException e = catchThrowableOfType(() -> AimsModelReader.withLimits(limits)
        .read(json.getBytes(StandardCharsets.UTF_8)), InvalidModelException.class);
    assertThat(e).as("rejected").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void theDefaultsAcceptAModelWithinThem() {
    assertThat(AimsModelReader.create().read(doc(3, 3).getBytes(StandardCharsets.UTF_8))
        .aiSystems()).hasSize(3);
    assertThat(ReadLimits.DEFAULTS.maxAiSystems()).isEqualTo(1_000);
  }

  @Test
  void eachMaximumIsEnforcedWithItsPointer() {
    ReadLimits tight = ReadLimits.DEFAULTS.withModelMaxima(2, 4, 6);
    assertThat(problems(tight, doc(3, 5))).containsExactly(
        "/aiSystems: holds 3 AI systems; the limit is 2 (ReadLimits.maxAiSystems)",
        "/people: holds 5 entries; the limit is 4 per list (ReadLimits.maxListEntries)",
        "(document): holds 8 entities (records with an id); the limit is 6 (ReadLimits.maxEntities)");
  }

  @Test
  void anEmbedderRaisesThem() {
    ReadLimits roomy = ReadLimits.DEFAULTS.withModelMaxima(5_000, 50_000, 500_000);
    assertThat(AimsModelReader.withLimits(roomy).read(doc(3, 5).getBytes(StandardCharsets.UTF_8))
        .people()).hasSize(5);
  }
}
