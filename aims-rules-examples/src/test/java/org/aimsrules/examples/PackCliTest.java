package org.aimsrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aimsrules.examples.CliTest.Run;
import org.aimsrules.examples.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's {@code --pack JAR}: the example vendor pack's findings beside the catalog's,
 * namespaced and naming their pack; a jar that cannot be used is one line and exit code 2.
 */
class PackCliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static String packJar;

  @TempDir
  Path dir;

  @BeforeAll
  static void packJarIsBuilt() {
    packJar = ExamplePack.jar();
  }

  private Path bankWithoutFallback() throws IOException {
    return ExamplePack.bankWithoutFallback(dir);
  }

  @Test
  void evaluateReportsTheVendorsFindingsBesideTheCatalogs() throws IOException {
    Run r = CliTest.run("evaluate", bankWithoutFallback().toString(), "--pack", packJar,
        "--format", "json", "--as-of", "2026-11-30");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    JsonNode report = MAPPER.readTree(r.out());
    assertThat(report.path("reportVersion").asText()).isEqualTo("2.1");
    assertThat(report.path("catalog").asText()).matches("iso42001 \\S+ \\+ acme 1\\.0\\.0");
    List<String> vendor = new ArrayList<>();
    List<String> packs = new ArrayList<>();
    for (JsonNode f : report.path("findings")) {
      packs.add(f.path("pack").asText());
      if (f.path("pack").asText().equals("acme")) {
        vendor.add(f.path("ruleId").asText() + " " + f.path("requirement").asText() + " "
            + f.path("severity").asText() + " " + f.path("subject").asText());
      }
    }
    assertThat(vendor).containsExactly("acme:high-risk/no-fallback acme:HR-2 MAJOR "
        + "/aiSystems/0/humanOversight/canInterrupt");
    assertThat(packs).contains("iso42001").containsOnly("iso42001", "acme");
  }

  @Test
  void textReportNamesTheVendorsPack() throws IOException {
    Run r = CliTest.run("evaluate", bankWithoutFallback().toString(), "--pack", packJar,
        "--as-of", "2026-11-30");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("rule acme:high-risk/no-fallback   pack acme   id ");
    assertThat(r.out()).doesNotContain("pack iso42001");
  }

  @Test
  void withoutThePackNoVendorFinding() throws IOException {
    Run r = CliTest.run("evaluate", bankWithoutFallback().toString(), "--format", "json",
        "--as-of", "2026-11-30");
    assertThat(r.code()).isZero();
    assertThat(r.out()).doesNotContain("acme:");
  }

  @Test
  void rulesListsThePacksRulesNamespaced() {
    Run r = CliTest.run("rules", "--pack", packJar);
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow()).endsWith(" with pack acme 1.0.0");
    assertThat(r.out().lines().filter(l -> l.contains("acme:")).map(l -> l.split("\\s+")[1]))
        .containsExactly("acme:high-risk/oversight-lead", "acme:high-risk/no-fallback",
            "acme:high-risk/fallback-untested", "acme:in-scope/owner");
  }

  @Test
  void rulesJsonListsThePacks() throws IOException {
    Run r = CliTest.run("rules", "--format", "json", "--pack", packJar);
    assertThat(r.code()).isZero();
    JsonNode doc = MAPPER.readTree(r.out());
    assertThat(doc.path("packs").toString()).contains("\"id\":\"acme\"");
  }

  @Test
  void aMissingJarIsOneLineAndExitCode2() {
    Run r = CliTest.run("evaluate", "--pack", dir.resolve("nope.jar").toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).isEqualTo("aims-rules: --pack: no such file: " + dir.resolve("nope.jar")
        + System.lineSeparator());
  }

  @Test
  void aJarWithoutAPackIsOneLineAndExitCode2() throws IOException {
    Path jar = dir.resolve("empty.jar");
    try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(
        Files.newOutputStream(jar))) {
      out.putNextEntry(new java.util.jar.JarEntry("README.txt"));
      out.write("nothing".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    Run r = CliTest.run("rules", "--pack", jar.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).isEqualTo("aims-rules: no rule pack in " + jar + " (it registers no "
        + "org.aimsrules.core.engine.RulePackProvider in META-INF/services)"
        + System.lineSeparator());
  }

  @Test
  void notAJarIsOneLineAndExitCode2() throws IOException {
    Path jar = Files.writeString(dir.resolve("text.jar"), "not a jar");
    Run r = CliTest.run("rules", "--pack", jar.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).startsWith("aims-rules: --pack: " + jar + " is not a jar: ")
        .doesNotContain("\tat ").hasLineCount(1);
  }

  /** The example pack's jar with its governance rules' metadata file replaced. */
  private Path packWithGovernance(String name, String json) throws IOException {
    Path jar = dir.resolve(name);
    try (java.util.jar.JarFile in = new java.util.jar.JarFile(packJar);
        java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(
            Files.newOutputStream(jar))) {
      for (java.util.jar.JarEntry e : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new java.util.jar.JarEntry(e.getName()));
        if (e.getName().equals("com/acme/aims/rules/governance.json")) {
          out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
          in.getInputStream(e).transferTo(out);
        }
      }
    }
    return jar;
  }

  @Test
  void aPackWhoseModelLacksADeclaredRuleIsOneLineAndExitCode2() throws IOException {
    Path jar = packWithGovernance("extra.jar", "{\"title\": \"x\", \"rules\": ["
        + "{\"id\": \"acme:in-scope/owner\", \"requirement\": \"acme:GOV-1\", "
        + "\"basis\": \"REQUIREMENT\", \"severity\": \"MINOR\", \"title\": \"t\", "
        + "\"message\": \"m\"},"
        + "{\"id\": \"acme:in-scope/extra\", \"requirement\": \"acme:GOV-1\", "
        + "\"basis\": \"REQUIREMENT\", \"severity\": \"MINOR\", \"title\": \"t\", "
        + "\"message\": \"m\"}]}");
    Run r = CliTest.run("rules", "--pack", jar.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).startsWith("aims-rules: cannot use the rule packs of " + jar
        + ": rule base acme-aims loaded ").contains("missing: [acme:in-scope/extra]")
        .hasLineCount(1);
  }

  @Test
  void aPackWithWrongMetadataIsOneLineAndExitCode2() throws IOException {
    Path jar = packWithGovernance("broken.jar",
        "{\"title\": \"x\", \"rules\": [{\"id\": \"in-scope/owner\"}]}");
    Run r = CliTest.run("rules", "--pack", jar.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).startsWith("aims-rules: cannot load the rule pack in " + jar
        + ": the rule pack metadata in com/acme/aims/ has 1 problem: "
        + "com/acme/aims/rules/governance.json#/rules/0: ").hasLineCount(1);
  }
}
