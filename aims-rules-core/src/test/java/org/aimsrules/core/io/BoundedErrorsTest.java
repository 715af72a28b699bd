package org.aimsrules.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Error output is bounded: long names get no suggestion and are abbreviated, and the count is capped. */
class BoundedErrorsTest {
  private final AimsModelReader reader = AimsModelReader.create();

  private List<Problem> problems(String json) {
    InvalidModelException e = catchThrowableOfType(
        () -> reader.read(json.getBytes(StandardCharsets.UTF_8)), InvalidModelException.class);
    assertThat(e).as("rejected").isNotNull();
    return e.problems();
  }

  @Test
  void threeHundredUnknownNamesOf49000CharactersGiveABoundedList() {
    StringBuilder doc = new StringBuilder("{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"}");
    String longName = "x".repeat(49_000);
    for (int i = 0; i < 300; i++) {
      doc.append(", \"").append(longName).append(i).append("\": 1");
    }
    doc.append('}');
    List<Problem> problems = problems(doc.toString());
    assertThat(problems).hasSize(201);
    assertThat(problems.get(0).toString()).isEqualTo("/" + "x".repeat(60) + "...(49001 characters): "
        + "unknown property '" + "x".repeat(60) + "... (49001 characters)' in AimsModel");
    assertThat(problems.get(200).toString())
        .isEqualTo("(document): and 100 more problems (at most 200 are listed)");
    int printed = problems.stream().mapToInt(p -> p.toString().length() + 1).sum();
    assertThat(printed).isLessThan(200_000);
    assertThat(problems.get(0).pointer()).as("the pointer itself stays exact")
        .isEqualTo("/" + longName + "0");
  }

  @Test
  void shortUnknownNamesStillGetASuggestion() {
    assertThat(problems("{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"}, \"aiSystem\": []}"))
        .extracting(Problem::toString)
        .containsExactly("/aiSystem: unknown property 'aiSystem' in AimsModel; did you mean 'aiSystems'?");
  }
}
