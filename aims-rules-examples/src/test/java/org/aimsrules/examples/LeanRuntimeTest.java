package org.aimsrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library's class path, and so the command line's, carries no rule compiler, DRL or MVEL parser
 * and no kmodule.xml reader (the parent pom manages drools-engine without them): the tests of this
 * module (every CLI test among them) run on the runtime class path of the command line plus the test
 * libraries, so they prove that it evaluates without them.
 */
class LeanRuntimeTest {
  private static final List<String> COMPILERS = List.of("ecj-", "drools-ecj-", "javaparser-core-",
      "drools-model-codegen-", "drools-drl-parser-", "drools-mvel-parser-", "drools-mvel-compiler-",
      "xstream-", "antlr-runtime-", "antlr4-runtime-", "kie-util-maven-support-");

  @Test
  void theClassPathHoldsNoCompilerNorParser() {
    List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(p -> new File(p).getName()).filter(n -> n.endsWith(".jar")).toList();
    assertThat(jars).anyMatch(n -> n.startsWith("drools-model-compiler-"));
    assertThat(jars).noneMatch(n -> COMPILERS.stream().anyMatch(n::startsWith));
  }

  @Test
  void theCommandLineEvaluatesOnIt() {
    CliTest.Run r = CliTest.run("evaluate", "--format", "json", "--as-of", "2026-06-30");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"verdict\": \"NOT_READY\"");
  }
}
