package org.aimsrules.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aimsrules.core.catalog.Basis;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RequirementKind;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;
import org.aimsrules.core.report.Severity;
import org.aimsrules.core.report.Waiver;
import org.junit.jupiter.api.Test;

/** The waivers file: read whole, every problem at once with its JSON Pointer, and its schema agrees. */
class WaiverReaderTest {
  static final RuleCatalog CATALOG = new RuleCatalog("test", "1",
      List.of(new Requirement("9.2.2", RequirementKind.SUBCLAUSE, "Internal audit programme", null,
          null, null, null)),
      List.of(new RuleMetadata("9.2.2/no-internal-audit", "9.2.2", List.of(), Basis.REQUIREMENT,
          "9.2.2", null, "decided", Severity.MAJOR, "why", "No audit", "when", "Found.",
          List.of("Fix it."), null, null, List.of())),
      List.of(), Map.of());

  private static final String VALID = """
      {"$schema": "https://aims-rules.org/schema/waivers-1.0.schema.json",
       "waivers": [
        {"ruleId": "9.2.2/no-internal-audit", "findingId": "0123456789abcdef",
         "justification": "The first audit is booked.", "approvedBy": "CISO",
         "approvedOn": "2026-05-01", "expiresOn": "2026-09-30"},
        {"ruleId": "9.2.2/no-internal-audit", "entityId": "sys-a",
         "justification": "Retired system.", "approvedBy": "CEO",
         "approvedOn": "2026-05-01", "expiresOn": "2026-12-31"}]}
      """;

  private static List<Waiver> read(String json) {
    return WaiverReader.forCatalog(CATALOG)
        .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsEveryWaiverInDocumentOrder() {
    assertThat(read(VALID)).containsExactly(
        new Waiver("9.2.2/no-internal-audit", "0123456789abcdef", null,
            "The first audit is booked.", "CISO", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 30)),
        new Waiver("9.2.2/no-internal-audit", null, "sys-a", "Retired system.", "CEO",
            LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 31)));
  }

  @Test
  void listsEveryProblemWithItsPointerIncludingAnUnknownRule() {
    String bad = """
        {"waivers": [
          {"ruleId": "9.9/no-such-rule", "findingId": "XYZ", "entityId": "e",
           "justification": " ", "approvedBy": "CISO", "approvedOn": "2026-05-01",
           "expiresOn": "2026-04-01", "colour": "red"},
          {"ruleId": "9.2.2/no-internal-audit", "justification": "j", "approvedBy": "b",
           "approvedOn": "2026-02-30", "expiresOn": 7}],
         "extra": true}
        """;
    assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(InvalidModelException.class,
        e -> assertThat(e.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
            "/extra: unknown property",
            "/waivers/0/colour: unknown property",
            "/waivers/0/justification: must not be blank",
            "/waivers/0/ruleId: no rule '9.9/no-such-rule' in catalog test 1",
            "/waivers/0/findingId: a finding id is 16 lower-case hex digits, as the report gives it",
            "/waivers/0: a waiver names either a findingId or an entityId (exactly one)",
            "/waivers/0/expiresOn: expires before it is approved (2026-05-01)",
            "/waivers/1/approvedOn: not a calendar date: 2026-02-30",
            "/waivers/1/expiresOn: must be a date YYYY-MM-DD",
            "/waivers/1: a waiver names either a findingId or an entityId (exactly one)"));
  }

  @Test
  void theSchemaAcceptsTheValidFileAndRejectsWhatTheReaderRejects() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(mapper.readTree(WaiverReader.schema()));
    assertThat(schema.validate(mapper.readTree(VALID))).isEmpty();
    for (String bad : List.of(
        "{\"waivers\": [{\"ruleId\": \"r\", \"justification\": \"j\", \"approvedBy\": \"b\","
            + " \"approvedOn\": \"2026-01-01\", \"expiresOn\": \"2026-02-01\"}]}",
        "{\"waivers\": [], \"extra\": 1}",
        "{\"waivers\": [{\"ruleId\": \"r\", \"findingId\": \"0123456789abcdef\", \"entityId\": \"e\","
            + " \"justification\": \"j\", \"approvedBy\": \"b\", \"approvedOn\": \"2026-01-01\","
            + " \"expiresOn\": \"2026-02-01\"}]}")) {
      assertThat(schema.validate(mapper.readTree(bad))).as(bad).isNotEmpty();
    }
  }
}
