package org.aimsrules.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aimsrules.catalog.internal.CatalogLoader;
import org.aimsrules.catalog.internal.CatalogLoader.RuleGroup;
import org.aimsrules.core.catalog.NotAutomated;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RequirementKind;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.report.Reference;
import org.junit.jupiter.api.Test;

/**
 * Generates the rule reference in docs/rules/ from the catalog (PMD style) and fails when the
 * committed files differ. Rerun with -Daims.regenerate=true to update them.
 */
class RuleReferenceTest {
  static final String HEADER = "<!-- Generated from the catalog by RuleReferenceTest; do not edit. -->\n";
  private static final Path DIR = Path.of("../docs/rules");

  @Test
  void ruleReferenceIsGenerated() throws Exception {
    RuleCatalog catalog = Iso42001.catalog();
    Map<String, Requirement> reqs = new LinkedHashMap<>();
    catalog.requirements().forEach(r -> reqs.put(r.ref(), r));
    Map<String, List<Reference>> crosswalk = catalog.crosswalk();
    List<String> groups = CatalogLoader.index().ruleGroups();
    for (String group : groups) {
      RuleGroup g = CatalogLoader.ruleGroup(group);
      org.aimsrules.core.GeneratedFiles.check(DIR.resolve(group + ".md"), group(g, reqs, crosswalk));
    }
    org.aimsrules.core.GeneratedFiles.check(DIR.resolve("README.md"), index(catalog, groups, reqs));
    if (!Boolean.getBoolean("aims.regenerate")) {
      Set<String> expected = new TreeSet<>();
      groups.forEach(g -> expected.add(g + ".md"));
      expected.add("README.md");
      Set<String> present;
      try (var files = Files.list(DIR)) {
        present = files.map(p -> p.getFileName().toString())
            .collect(Collectors.toCollection(TreeSet::new));
      }
      org.assertj.core.api.Assertions.assertThat(present).as("files in docs/rules")
          .isEqualTo(expected);
    }
  }

  private static String group(RuleGroup g, Map<String, Requirement> reqs,
      Map<String, List<Reference>> crosswalk) {
    StringBuilder out = new StringBuilder(HEADER);
    out.append("# ").append(g.title()).append("\n\n");
    out.append(g.rules().size()).append(g.rules().size() == 1 ? " rule" : " rules").append(".\n");
    Map<String, List<RuleMetadata>> byReq = new LinkedHashMap<>();
    for (Requirement r : reqs.values()) {
      for (RuleMetadata m : g.rules()) {
        if (m.requirement().equals(r.ref())) {
          byReq.computeIfAbsent(r.ref(), k -> new ArrayList<>()).add(m);
        }
      }
    }
    for (Map.Entry<String, List<RuleMetadata>> e : byReq.entrySet()) {
      Requirement r = reqs.get(e.getKey());
      out.append("\n## ").append(r.ref()).append(' ').append(r.title()).append("\n");
      if (r.kind() == RequirementKind.CONTROL && r.summary() != null) {
        out.append("\n").append(r.summary()).append("\n");
      }
      for (RuleMetadata m : e.getValue()) {
        out.append("\n### `").append(m.id()).append("`: ").append(m.title()).append("\n\n");
        out.append("| | |\n| --- | --- |\n");
        out.append("| Requirement | ").append(m.requirement()).append(' ').append(r.title()).append(" |\n");
        if (!m.obligations().isEmpty()) {
          out.append("| Obligations | ").append(String.join(", ", m.obligations())).append(" |\n");
        }
        out.append("| Basis | ").append(basis(m)).append(" |\n");
        out.append("| Basis decision | ").append(m.basisNote()).append(" |\n");
        out.append("| Severity | ").append(m.severity()).append(" |\n");
        out.append("| Grading | ").append(m.severityRationale()).append(" |\n");
        if (m.documentedInformation() != null) {
          out.append("| Documented information | ").append(m.documentedInformation()).append(" |\n");
        }
        if (m.readinessGate() != null) {
          out.append("| Blocks | ").append(m.readinessGate() == org.aimsrules.core.catalog.ReadinessGate.STAGE_1
              ? "stage 1 (verdict NOT_READY)" : "stage 2 (verdict at most STAGE_1_READY)").append(" |\n");
        }
        Set<Reference> refs = new TreeSet<>(m.references());
        refs.addAll(crosswalk.getOrDefault(m.requirement(), List.of()));
        for (String o : m.obligations()) {
          Requirement or = reqs.get(o);
          if (or != null && or.parent() != null) {
            refs.addAll(crosswalk.getOrDefault(or.parent(), List.of()));
          }
        }
        if (!refs.isEmpty()) {
          out.append("| Also serves | ").append(refs.stream().map(x -> x.framework() + " " + x.id())
              .collect(Collectors.joining(", "))).append(" |\n");
        }
        out.append("\n**Fires when** ").append(m.trigger()).append("\n\n");
        out.append("**Message** ").append(m.message()).append("\n\n");
        out.append("**Recommended actions**\n\n");
        m.recommendedActions().forEach(a -> out.append("- ").append(a).append("\n"));
      }
    }
    if (!g.notAutomated().isEmpty()) {
      out.append("\n## Not automated\n\n| Requirement | Why no rule checks it |\n| --- | --- |\n");
      for (NotAutomated n : g.notAutomated()) {
        Requirement r = reqs.get(n.ref());
        out.append("| ").append(n.ref()).append(r == null ? "" : ": " + r.title()).append(" | ")
            .append(n.reason()).append(" |\n");
      }
    }
    return out.toString();
  }

  static String basis(RuleMetadata m) {
    return switch (m.basis()) {
      case REQUIREMENT -> "requirement: " + m.basisRef();
      case GUIDANCE -> "guidance: " + m.basisRef() + " (an observation at most)";
      case REGULATION -> "regulation: " + m.basisRef() + (m.isoRequirement() != null
          ? "; an ISO/IEC 42001 nonconformity through " + m.isoRequirement()
          : "; not an ISO/IEC 42001 nonconformity");
    };
  }

  private static String index(RuleCatalog catalog, List<String> groups, Map<String, Requirement> reqs) {
    StringBuilder out = new StringBuilder(HEADER);
    out.append("# Rule reference\n\n");
    out.append("The catalog `").append(catalog.id()).append("` holds ").append(catalog.rules().size())
        .append(" rules. Each rule has a stable id, the requirement it checks, a default severity "
            + "and recommended actions; findings carry all of it.\n\n");
    out.append("Each rule rests on a basis (see [grading](../grading.md)): a *requirement* of the "
        + "standard (a shall of clauses 4 to 10 or the text of an applicable Annex A control), "
        + "*guidance* (Annex B, ISO/IEC 42005 or practice: an observation at most) or a "
        + "*regulation* (the EU AI Act: a finding of its own kind, a nonconformity only through the "
        + "ISO/IEC 42001 requirement it names).\n\n");
    out.append("| group | rules | requirement | guidance | regulation |\n"
        + "| --- | --- | --- | --- | --- |\n");
    for (String group : groups) {
      RuleGroup g = CatalogLoader.ruleGroup(group);
      out.append("| [").append(g.title()).append("](").append(group).append(".md) | ")
          .append(g.rules().size());
      for (org.aimsrules.core.catalog.Basis b : org.aimsrules.core.catalog.Basis.values()) {
        out.append(" | ").append(g.rules().stream().filter(m -> m.basis() == b).count());
      }
      out.append(" |\n");
    }
    Map<String, List<String>> rulesByObligation = new LinkedHashMap<>();
    for (RuleMetadata m : catalog.rules()) {
      for (String o : m.obligations()) {
        rulesByObligation.computeIfAbsent(o, k -> new ArrayList<>()).add(m.id());
      }
    }
    Map<String, String> notAutomated = new LinkedHashMap<>();
    catalog.notAutomated().forEach(n -> notAutomated.put(n.ref(), n.reason()));
    long obligations = reqs.values().stream().filter(r -> r.kind() == RequirementKind.OBLIGATION).count();
    long automated = reqs.values().stream()
        .filter(r -> r.kind() == RequirementKind.OBLIGATION && rulesByObligation.containsKey(r.ref())).count();
    out.append("\n## Obligations of clauses 4 to 10\n\n");
    out.append(automated).append(" of ").append(obligations)
        .append(" obligations of the register are checked by at least one rule");
    if (obligations > 0) {
      out.append(" (").append(Math.round(100.0 * automated / obligations)).append("%)");
    }
    out.append(".\n\n| obligation | checked by | or why not |\n| --- | --- | --- |\n");
    for (Requirement r : reqs.values()) {
      if (r.kind() != RequirementKind.OBLIGATION) {
        continue;
      }
      out.append("| ").append(r.ref()).append(" | ")
          .append(String.join(", ", rulesByObligation.getOrDefault(r.ref(), List.of()).stream()
              .map(id -> "`" + id + "`").toList()))
          .append(" | ").append(notAutomated.getOrDefault(r.ref(), "")).append(" |\n");
    }
    out.append("\n## Annex A controls\n\n| control | title | rules |\n| --- | --- | --- |\n");
    for (Requirement r : reqs.values()) {
      if (r.kind() != RequirementKind.CONTROL) {
        continue;
      }
      long n = catalog.rules().stream().filter(m -> m.requirement().equals(r.ref())).count();
      out.append("| ").append(r.ref()).append(" | ").append(r.title()).append(" | ").append(n)
          .append(notAutomated.containsKey(r.ref()) ? " (not automated: " + notAutomated.get(r.ref()) + ")" : "")
          .append(" |\n");
    }
    return out.toString();
  }
}
