package org.aimsrules.catalog.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.aimsrules.catalog.internal.CatalogLoader;

/**
 * Per-rule test data: for each rule, cases that patch the conforming baseline model and list the
 * findings the rule must raise (an empty list for a passing case). One file per rule group, in
 * {@code src/test/resources/fixtures/<group>.json}.
 */
public final class RuleFixtures {
  /** Evaluation date of a case that names none. */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 6, 30);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The expected finding of a case; rule id is the case's rule. */
  public record Expected(String requirement, String severity, String subject, String entityId,
      String message) {}

  /** One case. */
  public record Case(String group, String ruleId, String name, LocalDate asOf, JsonNode patch,
      List<Expected> expect) {
    /** @return true when the case expects findings */
    public boolean failing() {
      return !expect.isEmpty();
    }
  }

  private RuleFixtures() {}

  /**
   * The baseline model: a fully conforming organization.
   *
   * @return the baseline document
   */
  public static JsonNode baseline() {
    return readResource("/fixtures/baseline.json");
  }

  /**
   * Every case of every group listed in the catalog index.
   *
   * @return the cases, in file order
   */
  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    for (String group : CatalogLoader.index().ruleGroups()) {
      cases.addAll(group(group));
    }
    return cases;
  }

  /**
   * The cases of one group.
   *
   * @param group group name
   * @return its cases
   */
  public static List<Case> group(String group) {
    JsonNode root = readResource("/fixtures/" + group + ".json");
    List<Case> cases = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("rules").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> rule = it.next();
      for (JsonNode c : rule.getValue()) {
        List<Expected> expect = new ArrayList<>();
        for (JsonNode e : c.path("expect")) {
          expect.add(new Expected(text(e, "requirement"), text(e, "severity"), text(e, "subject"),
              e.hasNonNull("entityId") ? e.get("entityId").asText() : null, text(e, "message")));
        }
        cases.add(new Case(group, rule.getKey(), c.path("case").asText(),
            c.hasNonNull("asOf") ? LocalDate.parse(c.get("asOf").asText()) : DEFAULT_AS_OF,
            c.get("patch"), expect));
      }
    }
    return cases;
  }

  private static String text(JsonNode node, String field) {
    if (!node.hasNonNull(field)) {
      throw new IllegalArgumentException("expected finding lacks '" + field + "': " + node);
    }
    return node.get(field).asText();
  }

  private static JsonNode readResource(String name) {
    try (InputStream in = RuleFixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
