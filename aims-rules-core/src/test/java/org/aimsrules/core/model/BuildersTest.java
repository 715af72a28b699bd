package org.aimsrules.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.aimsrules.core.io.AimsModelReader;
import org.junit.jupiter.api.Test;

/**
 * The generated builders keep the API the hand-written ones had: {@code Record.builder()} with one
 * setter per component named after it, {@code build()}, and {@code toBuilder()} that copies every
 * value.
 */
class BuildersTest {

  @Test
  void everyRecordOfTheModelHasABuilderWithOneSetterPerComponent() throws Exception {
    TreeMap<String, Class<?>> records = reachableRecords();
    assertThat(records).hasSizeGreaterThan(60);
    for (Class<?> record : records.values()) {
      Method builder = record.getMethod("builder");
      Class<?> builderType = builder.getReturnType();
      assertThat(builderType.getSimpleName()).isEqualTo(record.getSimpleName() + "Builder");
      for (RecordComponent c : record.getRecordComponents()) {
        Method setter = builderType.getMethod(c.getName(), c.getType());
        assertThat(setter.getReturnType()).as(record.getSimpleName() + "." + c.getName())
            .isEqualTo(builderType);
      }
      Object empty = builderType.getMethod("build").invoke(builder.invoke(null));
      assertThat(empty).isInstanceOf(record);
      Object copy = builderType.getMethod("build")
          .invoke(record.getMethod("toBuilder").invoke(empty));
      assertThat(copy).isEqualTo(empty);
    }
  }

  @Test
  void toBuilderCopiesEveryValueOfAModel() throws Exception {
    byte[] json = BuildersTest.class.getResourceAsStream("/models/small.json")
        .readAllBytes();
    AimsModel model = AimsModelReader.create().read(json);
    assertThat(model.toBuilder().build()).isEqualTo(model);
    AimsModel renamed = model.toBuilder()
        .organization(model.organization().toBuilder().name("Renamed Ltd").build()).build();
    assertThat(renamed.organization().name()).isEqualTo("Renamed Ltd");
    assertThat(renamed.aiSystems()).isEqualTo(model.aiSystems());
  }

  private static TreeMap<String, Class<?>> reachableRecords() {
    TreeMap<String, Class<?>> found = new TreeMap<>();
    Deque<Type> todo = new ArrayDeque<>();
    todo.add(AimsModel.class);
    Set<String> seen = new TreeSet<>();
    while (!todo.isEmpty()) {
      Type t = todo.pop();
      if (t instanceof ParameterizedType p) {
        todo.addAll(java.util.List.of(p.getActualTypeArguments()));
        continue;
      }
      if (!(t instanceof Class<?> c) || !c.isRecord() || !seen.add(c.getName())) {
        continue;
      }
      found.put(c.getName(), c);
      for (RecordComponent rc : c.getRecordComponents()) {
        todo.add(rc.getGenericType());
      }
    }
    return found;
  }
}
