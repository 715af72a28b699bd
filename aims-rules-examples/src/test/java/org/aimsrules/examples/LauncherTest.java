package org.aimsrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.aimsrules.examples.cli.Launcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the CLI hands its run to a child JVM with the class-data-sharing archive: only for a plain
 * {@code java -jar} run of a jar with an archive made by the running JVM, and never when disabled.
 */
class LauncherTest {
  static final String VM = "Vendor 17.0.99+1 amd64";
  static final String[] ARGS = {"evaluate", "--as-of", "2026-11-30"};

  @TempDir
  Path dir;
  Path jar;
  Path javaHome;

  @BeforeEach
  void jarWithArchive() throws IOException {
    jar = Files.writeString(dir.resolve("aims-rules.jar"), "jar");
    Files.writeString(dir.resolve(Launcher.ARCHIVE), "archive");
    Files.writeString(dir.resolve(Launcher.ARCHIVE_VERSION), VM + "\n");
    javaHome = dir.resolve("jdk");
    Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\n");
    java.toFile().setExecutable(true);
  }

  Optional<List<String>> decide(String property, String env, String[] processArgs, String vm) {
    return Launcher.childCommand(property, env, Optional.ofNullable(processArgs), jar,
        jar.toString(), javaHome.toString(), vm, 8, ARGS);
  }

  static String[] plainJavaJar(Path jar) {
    return new String[] {"-jar", jar.toString(), "evaluate", "--as-of", "2026-11-30"};
  }

  @Test
  void plainJavaJarWithTheRunningJvmsArchiveRunsInAChildMappingIt() {
    Optional<List<String>> child = decide(null, null, plainJavaJar(jar), VM);
    assertThat(child).isPresent();
    List<String> command = child.get();
    assertThat(command.get(0)).isEqualTo(javaHome.resolve("bin").resolve("java").toString());
    assertThat(command).contains("-XX:SharedArchiveFile=" + dir.resolve(Launcher.ARCHIVE),
        "-XX:TieredStopAtLevel=1", "-D" + Launcher.PROPERTY + "=false");
    // the child never re-launches, and gets the program's arguments unchanged, last
    assertThat(command.subList(command.size() - 5, command.size()))
        .containsExactly("-jar", jar.toAbsolutePath().toString(), "evaluate", "--as-of", "2026-11-30");
  }

  @Test
  void onTwoProcessorsOrFewerTheChildCompilesOnOneThread() {
    for (int processors : new int[] {1, 2, 3, 8}) {
      List<String> command = Launcher.childCommand(null, null, Optional.of(plainJavaJar(jar)), jar,
          jar.toString(), javaHome.toString(), VM, processors, ARGS).orElseThrow();
      List<String> options = command.subList(0, command.indexOf("-jar"));
      if (processors <= 2) {
        assertThat(options).as("%d processors", processors).contains("-XX:CICompilerCount=1");
      } else {
        assertThat(options).as("%d processors", processors)
            .noneMatch(o -> o.startsWith("-XX:CICompilerCount"));
      }
    }
  }

  @Test
  void anArchiveOfAnotherJvmOrNoArchiveRunsInThisJvm() throws IOException {
    assertThat(decide(null, null, plainJavaJar(jar), "Other 25.0.3+9 amd64")).isEmpty();
    Files.delete(dir.resolve(Launcher.ARCHIVE_VERSION));
    assertThat(decide(null, null, plainJavaJar(jar), VM)).isEmpty();
    Files.writeString(dir.resolve(Launcher.ARCHIVE_VERSION), VM);
    Files.delete(dir.resolve(Launcher.ARCHIVE));
    assertThat(decide(null, null, plainJavaJar(jar), VM)).isEmpty();
  }

  @Test
  void thePropertyOrTheEnvironmentVariableTurnsItOff() {
    assertThat(decide("false", null, plainJavaJar(jar), VM)).isEmpty();
    assertThat(decide(null, "0", plainJavaJar(jar), VM)).isEmpty();
    assertThat(decide(null, "false", plainJavaJar(jar), VM)).isEmpty();
    assertThat(decide("true", "1", plainJavaJar(jar), VM)).isPresent();
  }

  @Test
  void jvmOptionsOnTheCommandLineOrAnUnknownCommandLineKeepTheRunInThisJvm() {
    String[] withOption = {"-Xmx1g", "-jar", jar.toString(), "evaluate", "--as-of", "2026-11-30"};
    assertThat(decide(null, null, withOption, VM)).isEmpty();
    String[] classPath = {"-cp", jar.toString(), "org.aimsrules.examples.cli.Main", "evaluate",
        "--as-of", "2026-11-30"};
    assertThat(decide(null, null, classPath, VM)).isEmpty();
    assertThat(decide(null, null, null, VM)).isEmpty();
  }

  @Test
  void notFromAJarRunsInThisJvm() {
    // in-process callers (tests, IDEs) load the classes from a directory, never a jar
    assertThat(Launcher.childCommand(null, null, Optional.of(plainJavaJar(jar)), null,
        jar.toString(), javaHome.toString(), VM, 8, ARGS)).isEmpty();
  }
}
