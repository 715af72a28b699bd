package org.aimsrules.core.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aimsrules.core.internal.ModelMetadata.Classification;
import org.aimsrules.core.internal.ModelMetadata.EvidenceClass;
import org.aimsrules.core.internal.ModelMetadata.Property;
import org.aimsrules.core.model.Evidence;

/** Renders the evidence map (docs/evidence-map.md) from the model records' annotations. */
final class EvidenceMapReference {
  private EvidenceMapReference() {}

  static String cell(Property p) {
    Classification c = p.classification();
    if (c == null) {
      return "**unclassified**";
    }
    String text = c.text().replace("|", "\\|");
    return switch (c.evidenceClass()) {
      case EVIDENCE -> "evidence for " + String.join(", ", c.refs())
          + (c.need() == Evidence.Need.APPLICABLE ? " (where it applies)" : "") + ": " + text
          + (c.onlyIf() == null ? "" : " Only if `" + c.onlyIf() + "`.")
          + (c.alsoIn().isEmpty() ? "" : " Also held by " + code(c.alsoIn()) + ".")
          + (c.absentMeans() == null ? "" : " Absent reads as `" + c.absentMeans() + "`.")
          + (c.latestOnly() ? " Only on the latest record for an AI system." : "")
          + (c.dueAfter() == null ? "" : " Due after `" + c.dueAfter() + "`.");
      case IDENTITY -> "identity: " + text;
      case INFORMATIONAL -> "informational: " + text;
    };
  }

  private static String code(List<String> places) {
    List<String> out = new ArrayList<>();
    places.forEach(p -> out.add("`" + p + "`"));
    return String.join(", ", out);
  }

  static String render() {
    Map<EvidenceClass, Integer> counts = new EnumMap<>(EvidenceClass.class);
    Map<String, List<String>> byRef = new TreeMap<>(NaturalOrder.COMPARATOR);
    int total = 0;
    for (Class<?> type : ModelMetadata.recordTypes()) {
      for (Property p : ModelMetadata.properties(type)) {
        total++;
        Classification c = p.classification();
        if (c == null) {
          continue;
        }
        counts.merge(c.evidenceClass(), 1, Integer::sum);
        if (c.evidenceClass() == EvidenceClass.EVIDENCE) {
          for (String ref : c.refs()) {
            byRef.computeIfAbsent(ref, k -> new ArrayList<>())
                .add("`" + type.getSimpleName() + "." + p.name() + "`"
                    + (c.need() == Evidence.Need.APPLICABLE ? " (where it applies)" : ""));
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("<!-- Generated from the model records by GeneratedDocsTest; do not edit. -->\n");
    out.append("# Evidence map\n\n");
    out.append("Every property of the fact model is classified, in the records (`@Evidence`, "
        + "`@Informational`, `@Identity`) and in the published schema (the keyword "
        + "`x-aims-evidence` on each property):\n\n");
    out.append("- **evidence**: it evidences the named requirements (clauses, obligation ids, "
        + "Annex A controls). `need` says when it is needed: `ALWAYS` (whenever the record holding "
        + "it exists, for an AI system's record when the system is in scope) or `APPLICABLE` (when "
        + "its first requirement applies: for an Annex A control, to the AI system holding it). "
        + "`onlyIf` narrows it by a sibling value; `alsoIn` names other places of the model that "
        + "may hold the same fact; `absentMeans` names the demanding value an absent property is "
        + "read as (every check it could relax still runs, so its absence never buys silence); "
        + "`latestOnly` says only the latest record of its kind for an AI system needs it; "
        + "`dueAfter` (`sibling+NM`) that it falls due N months after a sibling's date.\n");
    out.append("- **identity**: ids, names of records and links between records.\n");
    out.append("- **informational**: no requirement needs it; the reason says why.\n\n");
    out.append("What the map is for:\n\n");
    out.append("- **Fail closed.** For evidence that is needed and absent, the catalog raises a "
        + "finding on the record that lacks it, at the JSON Pointer where it should be; the grade "
        + "is the one the rule gives an incomplete record, or stricter. "
        + "`DeletionPropertyTest` (aims-rules-examples) deletes every property of every bundled "
        + "sample in turn and checks it.\n");
    out.append("- **Positive evidence.** A requirement is `CONFORMING` only when it applies, rules "
        + "check it, no nonconformity was found, some evidence the map lists for it (or for a part "
        + "or the whole of it) is recorded, and no finding points at absent evidence for it; "
        + "otherwise it is `NOT_EVIDENCED` (or `NONCONFORMING`, `NOT_APPLICABLE`, "
        + "`NOT_AUTOMATED`). See [report](report.md).\n\n");
    out.append("Properties: ").append(total).append(" (")
        .append(counts.getOrDefault(EvidenceClass.EVIDENCE, 0)).append(" evidence, ")
        .append(counts.getOrDefault(EvidenceClass.IDENTITY, 0)).append(" identity, ")
        .append(counts.getOrDefault(EvidenceClass.INFORMATIONAL, 0)).append(" informational). "
            + "The class of each property is also listed in the [fact-model reference]"
            + "(fact-model.md).\n\n");
    out.append("## Evidence per requirement\n\n| requirement | evidenced by |\n| --- | --- |\n");
    for (Map.Entry<String, List<String>> e : byRef.entrySet()) {
      out.append("| ").append(e.getKey()).append(" | ").append(String.join(", ", e.getValue()))
          .append(" |\n");
    }
    out.append("\n## Every property\n");
    for (Class<?> type : ModelMetadata.recordTypes()) {
      out.append("\n### ").append(type.getSimpleName()).append("\n\n");
      out.append("| property | class |\n| --- | --- |\n");
      for (Property p : ModelMetadata.properties(type)) {
        out.append("| `").append(p.name()).append("` | ").append(cell(p)).append(" |\n");
      }
    }
    return out.toString().stripTrailing() + "\n";
  }
}
