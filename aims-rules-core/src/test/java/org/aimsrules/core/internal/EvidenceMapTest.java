package org.aimsrules.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.aimsrules.core.internal.ModelMetadata.Classification;
import org.aimsrules.core.internal.ModelMetadata.EvidenceClass;
import org.aimsrules.core.internal.ModelMetadata.Property;
import org.aimsrules.core.model.DocumentType;
import org.aimsrules.core.model.Iso42001Ids;
import org.junit.jupiter.api.Test;

/** Guards the evidence map: every property of the fact model is classified, and well. */
class EvidenceMapTest {
  private static final Pattern CLAUSE_REF =
      Pattern.compile("(4|5|6|7|8|9|10)(\\.[0-9]+)*(-[a-z0-9]+)?");
  private static final Pattern PLACE =
      Pattern.compile("(/[A-Za-z*]+)+|/([A-Za-z]+)\\[([A-Za-z]+)=([A-Z_]+)\\]");

  static List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (Class<?> type : ModelMetadata.recordTypes()) {
      for (Property p : ModelMetadata.properties(type)) {
        String name = type.getSimpleName() + "." + p.name();
        Classification c = p.classification();
        if (c == null) {
          problems.add(name + ": no class (annotate it @Evidence, @Informational or @Identity)");
          continue;
        }
        if (c.text() == null || c.text().isBlank() || c.text().startsWith("draft")) {
          problems.add(name + ": no reviewed text saying when it is needed or why it is of its class");
        }
        if (c.evidenceClass() != EvidenceClass.EVIDENCE) {
          continue;
        }
        if (c.refs().isEmpty()) {
          problems.add(name + ": evidence for nothing");
        }
        for (String ref : c.refs()) {
          if (!CLAUSE_REF.matcher(ref).matches() && !Iso42001Ids.CONTROLS.contains(ref)
              && !Iso42001Ids.CONTROL_OBJECTIVES.contains(ref)) {
            problems.add(name + ": " + ref + " is neither a clause reference nor an Annex A control");
          }
        }
        for (String place : c.alsoIn()) {
          var m = PLACE.matcher(place);
          boolean documentType = m.matches() && "documents".equals(m.group(2))
              && "type".equals(m.group(3));
          if (!m.matches() || documentType && ModelMetadata.enumNames(DocumentType.class)
              .stream().noneMatch(m.group(4)::equals)) {
            problems.add(name + ": alsoIn place " + place + " is not a pointer or a document type");
          }
        }
        if (c.absentMeans() != null && !validValue(p.component().getType(), c.absentMeans())) {
          problems.add(name + ": absentMeans " + c.absentMeans() + " is not a value of the property");
        }
        if (c.dueAfter() != null) {
          var due = java.util.regex.Pattern.compile("([A-Za-z]+)\\+([0-9]+)M").matcher(c.dueAfter());
          if (!due.matches() || ModelMetadata.propertiesByName(type).get(due.group(1)) == null
              || ModelMetadata.propertiesByName(type).get(due.group(1)).component().getType()
                  != java.time.LocalDate.class) {
            problems.add(name + ": dueAfter " + c.dueAfter() + " does not name a sibling date and months");
          }
        }
        if (c.onlyIf() != null && c.onlyIf().startsWith("/")) {
          if (!PLACE.matcher(c.onlyIf()).matches()) {
            problems.add(name + ": onlyIf place " + c.onlyIf() + " is not a pointer");
          }
        } else if (c.onlyIf() != null) {
          String sibling = c.onlyIf().split("!?=")[0];
          if (!ModelMetadata.propertiesByName(type).containsKey(sibling)) {
            problems.add(name + ": onlyIf names no sibling property: " + c.onlyIf());
          }
        }
      }
    }
    return problems;
  }

  /** Whether a JSON literal is a value a property of that Java type can hold. */
  static boolean validValue(Class<?> type, String value) {
    if (type == Boolean.class || type == boolean.class) {
      return value.equals("true") || value.equals("false");
    }
    if (type == Integer.class || type == int.class) {
      return value.matches("-?[0-9]+");
    }
    if (java.util.List.class.isAssignableFrom(type)) {
      return value.equals("[]");
    }
    if (type.isEnum()) {
      return java.util.Arrays.stream(type.getEnumConstants()).anyMatch(e -> ((Enum<?>) e).name().equals(value));
    }
    return false;
  }

  @Test
  void everyPropertyOfTheFactModelHasAWellFormedEntryInTheEvidenceMap() {
    assertThat(problems()).isEmpty();
  }
}
