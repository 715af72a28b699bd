package org.aimsrules.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.aimsrules.core.model.AimsModel;
import org.aimsrules.core.model.LifecycleStage;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is reported, all at once, each with its JSON Pointer. */
class AimsModelReaderTest {
  private final AimsModelReader reader = AimsModelReader.create();

  static String small() throws IOException {
    try (InputStream in = AimsModelReaderTest.class.getResourceAsStream("/models/small.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private List<Problem> problems(String json) {
    try {
      reader.read(json);
    } catch (InvalidModelException e) {
      return e.problems();
    }
    throw new AssertionError("expected the document to be rejected");
  }

  private static String doc(String extra) {
    return "{\"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"}" + extra + "}";
  }

  @Test
  void readsAValidDocumentIntoImmutableRecords() throws IOException {
    AimsModel model = reader.read(small());
    assertThat(model.organization().name()).isEqualTo("Small AI Ltd");
    assertThat(model.aiSystems()).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("sys-chat");
      assertThat(s.lifecycleStage()).isEqualTo(LifecycleStage.OPERATION_AND_MONITORING);
      assertThat(s.technicalDocumentation()).isEmpty();
    });
    assertThat(model.aiPolicy().approvedOn()).isEqualTo(LocalDate.of(2026, 1, 10));
    assertThatThrownBy(() -> model.aiSystems().add(null)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void malformedJsonHasLineAndColumn() {
    assertThat(problems("{\n  \"schemaVersion\": \"1.0\",\n  \"organization\": {\"name\": \"X\",}\n}"))
        .singleElement().satisfies(p -> {
          assertThat(p.pointer()).isEmpty();
          assertThat(p.message()).startsWith("malformed JSON: ");
          assertThat(p.line()).isEqualTo(3);
          assertThat(p.column()).isPositive();
        });
  }

  @Test
  void emptyDocumentAndTrailingGarbageAreRejected() {
    assertThat(problems("")).extracting(Problem::message).containsExactly("the document is empty");
    assertThat(problems(doc("") + " {}")).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("malformed JSON: unexpected content after the document"));
  }

  @Test
  void duplicateKeysAreRejected() {
    assertThat(problems("{\"schemaVersion\": \"1.0\", \"schemaVersion\": \"1.0\", \"organization\": {\"name\": \"X\"}}"))
        .singleElement().satisfies(p -> assertThat(p.message()).contains("Duplicate field 'schemaVersion'"));
  }

  @Test
  void reportsEveryStructuralProblemWithItsPointer() {
    String json = "{\"schemaVersion\": \"2.0\", \"organization\": {\"employees\": 1.5, \"aiRoles\": [\"AI_BOSS\", null]},"
        + "\"aiPolicy\": {\"approvedOn\": \"2026-02-30\", \"coversUse\": \"yes\", \"reviewIntervalMonths\": 0,"
        + " \"aproved\": true, \"title\": null},"
        + "\"people\": {\"id\": \"p\"}, \"aiSystems\": [{\"id\": \"bad id\", \"name\": \"  \"}]}";
    assertThat(problems(json)).extracting(Problem::toString).containsExactly(
        "/organization: missing required property 'name' of Organization",
        "/organization/aiRoles/0: unknown value 'AI_BOSS'; allowed: AI_PROVIDER, AI_PRODUCER, AI_CUSTOMER, AI_PARTNER, AI_SUBJECT, RELEVANT_AUTHORITY",
        "/organization/aiRoles/1: null is not allowed in a list",
        "/organization/employees: expected an integer, found the number 1.5",
        "/people: expected an array, found an object",
        "/aiPolicy/aproved: unknown property 'aproved' in AiPolicy; did you mean 'approvedBy'?",
        "/aiPolicy/title: null is not allowed; leave the property out instead",
        "/aiPolicy/approvedOn: '2026-02-30' is not a valid date (YYYY-MM-DD)",
        "/aiPolicy/reviewIntervalMonths: must be at least 1, found 0",
        "/aiPolicy/coversUse: expected true or false, found the string \"yes\"",
        "/aiSystems/0/id: id 'bad id' must start with a letter or digit and contain only letters, digits, '.', '_', ':' or '-' (at most 128 characters)",
        "/aiSystems/0/name: must not be blank",
        "/schemaVersion: unsupported schemaVersion '2.0'; this library reads versions 1.0, 1.1");
  }

  @Test
  void datesAndIntegersOutsideTheirDocumentedRangesAreRejectedWithTheirPointers() {
    String json = "{\"schemaVersion\": \"1.1\", \"organization\": {\"name\": \"X\", \"employees\": 2147483647},"
        + "\"aiPolicy\": {\"approvedOn\": \"+999999999-12-31\", \"lastReviewedOn\": \"1899-12-31\","
        + " \"communicatedOn\": \"2200-01-01\", \"reviewIntervalMonths\": 2147483647},"
        + "\"plannedIntervals\": {\"managementReviewMonths\": 1201}}";
    assertThat(problems(json)).extracting(Problem::toString).containsExactly(
        "/organization/employees: must be at most 10000000, found 2147483647",
        "/aiPolicy/approvedOn: '+999999999-12-31' is outside the supported range 1900-01-01 to 2199-12-31",
        "/aiPolicy/reviewIntervalMonths: must be at most 1200, found 2147483647",
        "/aiPolicy/lastReviewedOn: '1899-12-31' is outside the supported range 1900-01-01 to 2199-12-31",
        "/aiPolicy/communicatedOn: '2200-01-01' is outside the supported range 1900-01-01 to 2199-12-31",
        "/plannedIntervals/managementReviewMonths: must be at most 1200, found 1201");
    assertThat(reader.read("{\"schemaVersion\": \"1.1\", \"organization\": {\"name\": \"X\"},"
        + "\"aiPolicy\": {\"approvedOn\": \"1900-01-01\", \"lastReviewedOn\": \"2199-12-31\","
        + " \"reviewIntervalMonths\": 1200}}").aiPolicy().reviewIntervalMonths()).isEqualTo(1200);
  }

  @Test
  void reportsDuplicateIdsDanglingReferencesAndUnknownControls() {
    String json = doc(", \"people\": [{\"id\": \"p-1\", \"name\": \"A\"}, {\"id\": \"p-1\", \"name\": \"B\"}],"
        + "\"aiSystems\": [{\"id\": \"s-1\", \"name\": \"S\", \"ownerId\": \"p-2\"}],"
        + "\"scope\": {\"includedAiSystemIds\": [\"s-1\", \"p-1\"]},"
        + "\"statementOfApplicability\": {\"entries\": [{\"controlId\": \"A.11.1\", \"included\": true},"
        + " {\"controlId\": \"A.2.2\", \"included\": true}, {\"controlId\": \"A.2.2\", \"included\": false}]},"
        + "\"audits\": [{\"id\": \"a-1\", \"scope\": [\"4\", \"11\"]}]");
    assertThat(problems(json)).extracting(Problem::toString).containsExactly(
        "/people/1/id: duplicate id 'p-1'; first used at /people/0",
        "/statementOfApplicability/entries/0/controlId: unknown Annex A control 'A.11.1'; controls are A.2.2 to A.10.4 (see the catalog for the list of 38)",
        "/statementOfApplicability/entries/2/controlId: controlId 'A.2.2' appears twice in this list (first at /statementOfApplicability/entries/1)",
        "/audits/0/scope/1: unknown ISO/IEC 42001 reference '11'; use a clause (4 to 10), a sub-clause such as 6.1.2, or an Annex A id such as A.6 or A.6.2.8",
        "/scope/includedAiSystemIds/1: refers to 'p-1', which is a Person (at /people/0), not a AiSystem",
        "/aiSystems/0/ownerId: refers to unknown Person 'p-2'");
  }

  @Test
  void anyEntityReferenceAcceptsIdsAndControls() throws IOException {
    assertThat(reader.read(small()).interestedParties().get(0).requirements().get(0).addressedBy())
        .containsExactly("A.8.2", "doc-policy");
    assertThat(problems(doc(", \"interestedParties\": [{\"id\": \"ip\", \"name\": \"N\","
        + " \"requirements\": [{\"id\": \"r\", \"description\": \"d\", \"addressedBy\": [\"nothing\"]}]}]")))
        .extracting(Problem::toString).containsExactly(
            "/interestedParties/0/requirements/0/addressedBy/0: refers to 'nothing', which is neither an id in this document nor an Annex A control");
  }

  @Test
  void rejectsADocumentThatIsNotAnObject() {
    assertThat(problems("[1, 2]")).extracting(Problem::toString)
        .containsExactly("(document): expected an object (AimsModel), found an array");
  }

  @Test
  void enforcesReadLimits() {
    AimsModelReader tight = AimsModelReader.withLimits(new ReadLimits(10_000, 3, 50));
    String deep = doc(", \"context\": {\"climateChange\": {\"rationale\": \"x\"}, \"issues\": [{\"id\": \"i\", \"kind\": \"INTERNAL\", \"description\": \"d\"}]}");
    assertThatThrownBy(() -> tight.read(deep)).isInstanceOfSatisfying(InvalidModelException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.message()).startsWith("input exceeds a read limit: ").contains("nesting depth");
          assertThat(p.line()).isEqualTo(1);
        }));
    String longString = doc(", \"aiPolicy\": {\"title\": \"" + "x".repeat(60) + "\"}");
    assertThatThrownBy(() -> tight.read(longString)).isInstanceOfSatisfying(InvalidModelException.class,
        e -> assertThat(e.problems()).singleElement()
            .satisfies(p -> assertThat(p.message()).contains("String value length")));
    assertThatThrownBy(() -> tight.read(doc(",\"sector\": \"" + "y".repeat(11_000) + "\"")))
        .isInstanceOfSatisfying(InvalidModelException.class, e -> assertThat(e.problems())
            .extracting(Problem::message).containsExactly("the document has 11068 bytes; the limit is 10000"));
  }

  @Test
  void exceptionMessageListsEveryProblem() {
    assertThatThrownBy(() -> reader.read(doc(", \"people\": [{\"id\": \"a\"}, {\"name\": \"b\"}]")))
        .hasMessage("invalid AIMS model: 2 problems\n"
            + "  /people/0: missing required property 'name' of Person\n"
            + "  /people/1: missing required property 'id' of Person");
  }
}
