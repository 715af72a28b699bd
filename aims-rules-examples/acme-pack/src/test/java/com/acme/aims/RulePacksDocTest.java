package com.acme.aims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.catalog.PackMetadata;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.engine.RulePack;
import org.aimsrules.core.engine.RulePacks;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.junit.jupiter.api.Test;

/**
 * The code of docs/rule-packs.md: each ```java block of the document is a tagged region of
 * {@link AcmePackProvider}, this class or {@link AcmeFixturesTest}, compiled and run; {@link #documentShowsTheTaggedCode}
 * keeps the two equal.
 */
class RulePacksDocTest {
  private static final Path DOC = Path.of("../../docs/rule-packs.md");
  private static final List<Path> SOURCES = List.of(
      Path.of("src/main/java/com/acme/aims/AcmePackProvider.java"),
      Path.of("src/test/java/com/acme/aims/RulePacksDocTest.java"),
      Path.of("src/test/java/com/acme/aims/AcmeFixturesTest.java"));

  @Test
  void metadataLoadsAndIsChecked() {
    // tag::metadata[]
    PackMetadata.Loaded acme = PackMetadata.load(getClass().getClassLoader(), "com/acme/aims/");
    RuleCatalog catalog = acme.catalog();
    // end::metadata[]
    assertThat(catalog.id()).isEqualTo("acme");
    assertThat(acme.groupOfRule()).containsEntry("acme:in-scope/owner", "governance");
  }

  @Test
  void loadingBesideTheCatalog() throws IOException {
    AimsModel model = AimsModelReader.create().read(
        getClass().getResourceAsStream("/fixtures/baseline.json"));
    // tag::load[]
    Evaluator evaluator = Evaluator.builder()
        .rulePack(Iso42001.rulePack())
        .rulePack(AcmePackProvider.pack())
        .build();
    EvaluationReport report = evaluator.evaluate(model,
        EvaluationOptions.builder().asOf(LocalDate.of(2026, 6, 30)).build());
    // end::load[]
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void discovery() {
    // tag::discover[]
    List<RulePack> packs = RulePacks.discover(Thread.currentThread().getContextClassLoader());
    Evaluator evaluator = Evaluator.builder().rulePacks(packs).build();
    // end::discover[]
    assertThat(evaluator.rulePacks()).extracting(RulePack::id).containsExactly("iso42001", "acme");
  }

  @Test
  void tailoring() throws IOException {
    AimsModel model = AimsModelReader.create().read(
        getClass().getResourceAsStream("/fixtures/baseline.json"));
    Evaluator evaluator = Evaluator.builder().rulePack(Iso42001.rulePack())
        .rulePack(AcmePackProvider.pack()).build();
    // tag::tailor[]
    EvaluationOptions options = EvaluationOptions.builder()
        .asOf(LocalDate.of(2026, 6, 30))
        .disable("acme:in-scope/owner")          // never fires: an agenda filter skips it
        .severity("acme:high-risk/fallback-untested", org.aimsrules.core.report.Severity.MAJOR)
        .build();
    EvaluationReport report = evaluator.evaluate(model, options);
    List<Finding> vendor = report.findings().stream()
        .filter(f -> "acme".equals(f.pack()))
        .toList();
    // end::tailor[]
    assertThat(vendor).isEmpty();
  }

  @Test
  void documentShowsTheTaggedCode() throws IOException {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
    while (m.find()) {
      blocks.add(m.group(1).stripTrailing());
    }
    List<String> regions = new ArrayList<>();
    for (Path source : SOURCES) {
      Matcher r = Pattern.compile("// tag::([a-z-]+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]",
          Pattern.DOTALL).matcher(Files.readString(source));
      while (r.find()) {
        regions.add(r.group(2).stripIndent().stripTrailing());
      }
    }
    assertThat(blocks).as("the ```java blocks of " + DOC).containsExactlyElementsOf(regions);
  }
}
