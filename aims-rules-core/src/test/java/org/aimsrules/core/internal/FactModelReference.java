package org.aimsrules.core.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.aimsrules.core.internal.ModelMetadata.Property;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.ModelConstraints;

/** Renders the fact-model reference (docs/fact-model.md) from the model records. */
final class FactModelReference {
  private FactModelReference() {}

  static String render() {
    StringBuilder out = new StringBuilder();
    out.append("<!-- Generated from the model records by GeneratedDocsTest; do not edit. -->\n");
    out.append("# Fact model reference (schemaVersion ").append(ModelConstraints.SCHEMA_VERSION)
        .append(")\n\n");
    out.append("An AIMS model is one JSON document (or the equivalent Java records in "
        + "`org.aimsrules.core.model`). Its JSON Schema is `aims-model-1.1.schema.json`, published "
        + "beside this file and in the core jar; `aims-rules schema` prints it.\n\n");
    out.append("Conventions:\n\n");
    out.append("- Every property is optional unless marked **required**. Leave out what the "
        + "organization does not have: absence is a fact the rules reason about. `null` is not "
        + "accepted; omit the property instead.\n");
    out.append("- Entities have an `id` that is unique across the whole document (pattern `")
        .append(ModelConstraints.ID_REGEX).append("`). Other entities refer to them by id; a "
        + "reference to an id that does not exist, or to an entity of the wrong type, is an "
        + "error.\n");
    out.append("- Dates are `YYYY-MM-DD`, from " + ModelConstraints.MIN_DATE + " to "
        + ModelConstraints.MAX_DATE + "; every integer has a maximum (shown with its type). "
        + "Booleans state evidence: `true` (in place), `false` (explicitly not), absent (not "
        + "evidenced).\n");
    out.append("- Unknown properties are errors, so a typo is never silently ignored.\n");
    out.append("- The last column is the property's entry in the [evidence map](evidence-map.md): "
        + "evidence for named requirements (and when it is needed), identity, or informational.\n\n");
    out.append("## Sections\n\n");
    for (Class<?> type : ModelMetadata.recordTypes()) {
      out.append("- [").append(type.getSimpleName()).append("](#")
          .append(type.getSimpleName().toLowerCase(java.util.Locale.ROOT)).append(")\n");
    }
    for (Class<?> type : ModelMetadata.recordTypes()) {
      out.append("\n## ").append(type.getSimpleName()).append("\n\n");
      out.append("| property | type | description | evidence map |\n| --- | --- | --- | --- |\n");
      for (Property p : ModelMetadata.properties(type)) {
        out.append("| `").append(p.name()).append("`").append(p.required() ? " **required**" : "")
            .append(" | ").append(typeOf(p)).append(" | ")
            .append(p.description() == null ? "" : p.description().replace("|", "\\|"))
            .append(" | ").append(EvidenceMapReference.cell(p)).append(" |\n");
      }
    }
    out.append("\n## Enumerations\n\n");
    for (Class<?> type : ModelMetadata.enumTypes()) {
      out.append("### ").append(type.getSimpleName()).append("\n\n");
      List<String> values = Arrays.stream(type.getEnumConstants()).map(e -> "`" + ((Enum<?>) e).name() + "`")
          .collect(Collectors.toList());
      out.append(String.join(", ", values)).append("\n\n");
    }
    return out.toString().stripTrailing() + "\n";
  }

  private static String typeOf(Property p) {
    String base = switch (p.kind()) {
      case STRING -> p.entityId() ? "id" : p.refersTo() != null
          ? (p.refersTo() == Object.class ? "id of any entity or control" : "id of " + link(p.refersTo()))
          : p.controlRef() ? "Annex A control id" : p.clauseRef() ? "ISO/IEC 42001 reference" : "string";
      case DATE -> "date";
      case INTEGER -> "integer " + (p.minimum() == null ? "≤ " + p.maximum()
          : p.minimum() + " to " + p.maximum());
      case BOOLEAN -> "boolean";
      case ENUM -> "[" + p.type().getSimpleName() + "](#" + p.type().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
      case RECORD -> link(p.type());
    };
    return p.list() ? "list of " + base : base;
  }

  private static String link(Class<?> type) {
    return type == AimsModel.class ? "AimsModel"
        : "[" + type.getSimpleName() + "](#" + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
