package org.aimsrules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.aimsrules.core.internal.ModelMetadata.Property;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.ReadLimits;
import org.aimsrules.core.model.AimsModel;
import org.junit.jupiter.api.Test;

/**
 * The evaluator's fast validity check on records agrees with the validator of the JSON tree: on the
 * samples, and on thousands of models built in Java with one or more values replaced (blank, bad or
 * duplicate ids, dangling and mistyped references, dates and numbers out of range, unknown controls and
 * clauses, missing required values, duplicated and dropped list elements).
 */
class RecordValidatorTest {
  private static final ObjectMapper TREE = Json.mapper(ReadLimits.DEFAULTS);
  private static final Path SAMPLES =
      Path.of("../aims-rules-examples/src/main/resources/org/aimsrules/examples/samples");
  private static final List<String> STRINGS = List.of("", " ", "x", "bad id", "A.6.2.8", "A.99.9",
      "9.2.2", "11", "A.6", "p-nobody", "1.1", "1.0", "9.9");
  private static final List<LocalDate> DATES = List.of(LocalDate.of(1899, 12, 31),
      LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31), LocalDate.of(2200, 1, 1),
      LocalDate.of(2026, 6, 30));
  private static final List<Integer> NUMBERS = List.of(-1, 0, 1, 12, 1200, 1201, 36600,
      Integer.MAX_VALUE, Integer.MIN_VALUE);

  @Test
  void agreesWithTheTreeValidatorOnMutatedModels() throws IOException {
    List<AimsModel> seeds = seeds();
    SplittableRandom random = new SplittableRandom(42);
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < 1500; i++) {
      AimsModel model = seeds.get(random.nextInt(seeds.size()));
      List<String> ids = new ArrayList<>();
      collectIds(model, ids);
      int n = 1 + random.nextInt(3);
      for (int m = 0; m < n; m++) {
        model = (AimsModel) mutate(model, random, ids, random.nextInt(40));
      }
      boolean treeValid = TreeValidator.validate(TREE.valueToTree(model)).isEmpty();
      assertThat(RecordValidator.isValid(model)).as("case %s", i).isEqualTo(treeValid);
      if (treeValid) {
        valid++;
      } else {
        invalid++;
      }
    }
    assertThat(valid).isGreaterThan(150);
    assertThat(invalid).isGreaterThan(150);
  }

  /**
   * The incremental session checks a changed record with {@link RecordValidator#isValidRecord} and
   * builds its tree only when that doubts it: whatever it accepts, the tree validator must accept.
   */
  @Test
  void aRecordItAcceptsOnItsOwnTheTreeValidatorAccepts() throws IOException {
    List<AimsModel> seeds = seeds();
    SplittableRandom random = new SplittableRandom(7);
    int accepted = 0;
    int doubted = 0;
    for (int i = 0; i < 1500; i++) {
      AimsModel model = seeds.get(random.nextInt(seeds.size()));
      List<String> ids = new ArrayList<>();
      collectIds(model, ids);
      model = (AimsModel) mutate(model, random, ids, random.nextInt(40));
      for (Property section : ModelMetadata.properties(AimsModel.class)) {
        Object value = section.get(model);
        if (section.kind() != ModelMetadata.Kind.RECORD || value == null) {
          continue;
        }
        for (Object unit : section.list() ? (List<?>) value : List.of(value)) {
          if (unit == null) {
            continue;
          }
          boolean treeValid = TreeValidator.validateRecord(TREE.valueToTree(unit), unit.getClass(),
              "/" + section.name()).isEmpty();
          if (RecordValidator.isValidRecord(unit)) {
            assertThat(treeValid).as("case %s, %s", i, unit).isTrue();
            accepted++;
          } else {
            doubted++;
          }
        }
      }
    }
    assertThat(accepted).isGreaterThan(1000);
    assertThat(doubted).isGreaterThan(50);
  }

  @Test
  void samplesAreValid() throws IOException {
    for (AimsModel m : seeds()) {
      assertThat(RecordValidator.isValid(m)).isTrue();
    }
  }

  private static List<AimsModel> seeds() throws IOException {
    List<AimsModel> seeds = new ArrayList<>();
    AimsModelReader reader = AimsModelReader.create();
    try (var in = RecordValidatorTest.class.getResourceAsStream("/models/small.json")) {
      seeds.add(reader.read(in.readAllBytes()));
    }
    if (Files.isDirectory(SAMPLES)) {
      try (Stream<Path> files = Files.list(SAMPLES)) {
        for (Path p : files.sorted().toList()) {
          seeds.add(reader.read(Files.readAllBytes(p)));
        }
      }
    }
    return seeds;
  }

  private static void collectIds(Object record, List<String> ids) {
    for (Property p : ModelMetadata.properties(record.getClass())) {
      Object v = p.get(record);
      if (p.entityId() && v instanceof String s) {
        ids.add(s);
      }
      if (p.kind() == ModelMetadata.Kind.RECORD && v != null) {
        for (Object o : p.list() ? (List<?>) v : List.of(v)) {
          collectIds(o, ids);
        }
      }
    }
  }

  /** Replaces one value somewhere below a record: chosen by walking down at random. */
  private static Object mutate(Object record, SplittableRandom r, List<String> ids, int depthBudget) {
    List<Property> props = ModelMetadata.properties(record.getClass());
    Property p = props.get(r.nextInt(props.size()));
    Object value = p.get(record);
    Object replaced;
    if (p.kind() == ModelMetadata.Kind.RECORD && value != null && depthBudget > 0 && r.nextInt(4) != 0) {
      if (p.list()) {
        List<Object> list = new ArrayList<>((List<?>) value);
        if (list.isEmpty()) {
          return record;
        }
        int i = r.nextInt(list.size());
        switch (r.nextInt(5)) {
          case 0 -> list.add(list.get(i));
          case 1 -> list.remove(i);
          default -> list.set(i, mutate(list.get(i), r, ids, depthBudget - 1));
        }
        replaced = list;
      } else {
        replaced = mutate(value, r, ids, depthBudget - 1);
      }
    } else {
      replaced = newValue(p, value, r, ids);
    }
    return with(record, p, replaced);
  }

  private static Object newValue(Property p, Object old, SplittableRandom r, List<String> ids) {
    if (r.nextInt(5) == 0) {
      return null;
    }
    Object scalar = switch (p.kind()) {
      case STRING -> r.nextBoolean() && !ids.isEmpty() ? ids.get(r.nextInt(ids.size()))
          : STRINGS.get(r.nextInt(STRINGS.size()));
      case DATE -> DATES.get(r.nextInt(DATES.size()));
      case INTEGER -> NUMBERS.get(r.nextInt(NUMBERS.size()));
      case BOOLEAN -> r.nextBoolean();
      case ENUM -> p.type().getEnumConstants()[r.nextInt(p.type().getEnumConstants().length)];
      case RECORD -> null;
    };
    if (!p.list()) {
      return scalar;
    }
    List<Object> list = old == null ? new ArrayList<>() : new ArrayList<>((List<?>) old);
    if (scalar != null) {
      list.add(scalar);
    } else if (!list.isEmpty()) {
      list.add(list.get(0));
    }
    return list;
  }

  private static Object with(Object record, Property changed, Object value) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      Property p = ModelMetadata.propertiesByName(record.getClass()).get(components[i].getName());
      args[i] = p == changed ? value : p.get(record);
    }
    try {
      Constructor<?> c = record.getClass().getDeclaredConstructor(types);
      return c.newInstance(args);
    } catch (ReflectiveOperationException e) {
      // a constructor that refuses the value (a primitive given null): keep the record unchanged
      return record;
    }
  }
}
