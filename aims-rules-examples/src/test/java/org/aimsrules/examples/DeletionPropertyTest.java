package org.aimsrules.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.aimsrules.catalog.Iso42001;
import org.aimsrules.core.engine.EvaluationOptions;
import org.aimsrules.core.engine.Evaluator;
import org.aimsrules.core.io.AimsModelReader;
import org.aimsrules.core.io.AimsSchema;
import org.aimsrules.core.io.InvalidModelException;
import org.aimsrules.core.report.EvaluationReport;
import org.aimsrules.core.report.Finding;
import org.aimsrules.core.report.RequirementResult;
import org.aimsrules.core.report.RequirementStatus;
import org.aimsrules.examples.cli.Samples;
import org.junit.jupiter.api.Test;

/** Probe: deletes every property of every sample in turn. */
class DeletionPropertyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

  record Site(String pointer, String type, String property) {}

  @Test
  void probe() throws IOException {
    if (System.getProperty("aims.probe") == null) {
      return;
    }
    JsonNode schema = MAPPER.readTree(AimsSchema.json());
    Evaluator evaluator = Iso42001.evaluator();
    EvaluationOptions options = EvaluationOptions.builder().asOf(AS_OF).systemicFindings(false)
        .escalationThreshold(0).build();
    StringBuilder out = new StringBuilder();
    for (String name : Samples.NAMES) {
      JsonNode doc;
      try (InputStream in = Samples.open(name)) {
        doc = MAPPER.readTree(in);
      }
      EvaluationReport base = evaluator.evaluate(AimsModelReader.create().read(doc.toString()), options);
      List<Site> sites = new ArrayList<>();
      walk(schema, def(schema, schema.get("$ref").asText()), doc, "", sites);
      String filter = System.getProperty("aims.probe.filter", ".*");
      String only = System.getProperty("aims.probe.samples", ".*");
      if (!name.matches(only)) {
        continue;
      }
      for (Site s : sites) {
        if (!(s.type() + "." + s.property()).matches(filter)) {
          continue;
        }
        JsonNode copy = doc.deepCopy();
        remove(copy, s.pointer());
        String outcome;
        String detail = "";
        try {
          EvaluationReport r = evaluator.evaluate(AimsModelReader.create().read(copy.toString()), options);
          Set<String> before = base.findings().stream().map(Finding::id).collect(Collectors.toSet());
          Set<String> after = r.findings().stream().map(Finding::id).collect(Collectors.toSet());
          List<String> added = r.findings().stream().filter(f -> !before.contains(f.id()))
              .map(f -> f.ruleId() + "@" + f.subject()).toList();
          List<String> lost = base.findings().stream().filter(f -> !after.contains(f.id()))
              .filter(f -> !under(f.subject(), s.pointer()))
              .map(f -> f.ruleId() + "@" + f.subject()).toList();
          List<String> opened = new ArrayList<>();
          Map<String, RequirementStatus> was = new HashMap<>();
          base.requirements().forEach(q -> was.put(q.ref(), q.status()));
          for (RequirementResult q : r.requirements()) {
            if (was.get(q.ref()) == RequirementStatus.NONCONFORMING
                && q.status() == RequirementStatus.CONFORMING) {
              opened.add(q.ref());
            }
          }
          if (!lost.isEmpty() || !opened.isEmpty()) {
            outcome = "FAILOPEN";
            detail = "lost=" + lost + " opened=" + opened + " added=" + added;
          } else if (!added.isEmpty()) {
            outcome = "RAISED";
            detail = String.join(" ", added);
          } else {
            outcome = "SILENT";
          }
        } catch (InvalidModelException e) {
          outcome = "REJECTED";
        }
        out.append(name).append('\t').append(s.type()).append('.').append(s.property()).append('\t')
            .append(s.pointer()).append('\t')
            .append(doc.at(s.pointer()).isContainerNode() ? "object" : "scalar").append('\t').append(outcome).append('\t').append(detail).append('\n');
      }
    }
    Files.writeString(Path.of("target/deletion-probe.tsv"), out.toString(), StandardCharsets.UTF_8);
  }

  static boolean under(String subject, String pointer) {
    return subject.equals(pointer) || subject.startsWith(pointer + "/");
  }

  static JsonNode def(JsonNode schema, String ref) {
    return schema.get("$defs").get(ref.substring("#/$defs/".length()));
  }

  static String defName(String ref) {
    return ref.substring("#/$defs/".length());
  }

  static void walk(JsonNode schema, JsonNode def, JsonNode node, String pointer, List<Site> sites) {
    String typeName = null;
    for (Map.Entry<String, JsonNode> e : schema.get("$defs").properties()) {
      if (e.getValue() == def) {
        typeName = e.getKey();
      }
    }
    for (Map.Entry<String, JsonNode> f : node.properties()) {
      String p = pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
      JsonNode ps = def.get("properties").get(f.getKey());
      if (ps == null) {
        continue;
      }
      sites.add(new Site(p, typeName, f.getKey()));
      JsonNode item = ps.has("items") ? ps.get("items") : ps;
      if (!item.has("$ref")) {
        continue;
      }
      JsonNode target = def(schema, item.get("$ref").asText());
      if (!target.has("properties")) {
        continue;
      }
      if (f.getValue().isArray()) {
        int i = 0;
        for (JsonNode el : f.getValue()) {
          walk(schema, target, el, p + "/" + i++, sites);
        }
      } else if (f.getValue().isObject()) {
        walk(schema, target, f.getValue(), p, sites);
      }
    }
  }

  static void remove(JsonNode doc, String pointer) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = doc.at(pointer.substring(0, slash));
    ((ObjectNode) parent).remove(pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~"));
  }
}
