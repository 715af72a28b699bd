package org.aimsrules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.aimsrules.examples.cli.Cli;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of bad input listed in docs/robustness.md ("Bad input"), through the command line: the
 * exit code and the message. Never a stack trace, never exit 1 or 3 for bad input.
 */
class BadInputTest {
  private static final String OK_DOC = "{\"schemaVersion\": \"1.1\", \"organization\": {\"name\": \"X\"}}";

  /** How the input reaches the program. */
  enum Via { FILE, STDIN, NONE }

  /** One input class: its name, how it arrives, its bytes, the arguments, what must come out. */
  record Case(String name, Via via, byte[] input, List<String> args, int exit, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  @TempDir
  static Path dir;

  static Case file(String name, String doc, int exit, String message) {
    return new Case(name, Via.FILE, doc.getBytes(StandardCharsets.UTF_8), List.of("validate"), exit,
        message);
  }

  static Case bytes(String name, byte[] doc, int exit, String message) {
    return new Case(name, Via.FILE, doc, List.of("validate"), exit, message);
  }

  static Case model(String name, String members, int exit, String message) {
    return file(name, "{\"schemaVersion\": \"1.1\", \"organization\": {\"name\": \"X\"}" + members
        + "}", exit, message);
  }

  static Case args(String name, int exit, String message, String... args) {
    return new Case(name, Via.NONE, new byte[0], List.of(args), exit, message);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] r = new byte[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  static Stream<Case> cases() {
    List<Case> c = new ArrayList<>();
    // encodings and syntax
    c.add(file("empty file", "", 2, "the document is empty"));
    c.add(file("whitespace only", "  \n\t ", 2, "the document is empty"));
    c.add(bytes("UTF-8 byte order mark before a valid model",
        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, OK_DOC.getBytes(StandardCharsets.UTF_8)),
        0, "valid: "));
    c.add(bytes("invalid UTF-8 bytes in a string", concat(
        "{\"schemaVersion\": \"1.1\", \"organization\": {\"name\": \"".getBytes(StandardCharsets.UTF_8),
        new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}', '}'}), 2,
        "the document is not valid UTF-8 (first invalid byte at offset 51)"));
    c.add(bytes("a UTF-16 document", OK_DOC.getBytes(StandardCharsets.UTF_16LE), 2,
        "the document is encoded in UTF-16LE; only UTF-8 is accepted"));
    c.add(file("an unpaired surrogate", OK_DOC.replaceFirst("\"name\": \"", "\"name\": \"\\\\ud800"), 2,
        "holds an unpaired UTF-16 surrogate (\\ud800)"));
    c.add(file("truncated document", OK_DOC.substring(0, 30), 2, "malformed JSON"));
    c.add(file("trailing content", OK_DOC + " {}", 2, "unexpected content after the document"));
    c.add(file("top-level array", "[" + OK_DOC + "]", 2, "expected an object"));
    c.add(file("top-level string", "\"model\"", 2, "expected an object"));
    c.add(file("top-level number", "42", 2, "expected an object"));
    c.add(file("comments", "// model\n" + OK_DOC, 2, "malformed JSON"));
    c.add(file("single quotes", OK_DOC.replace('"', '\''), 2, "malformed JSON"));
    c.add(file("NaN literal", "{\"schemaVersion\": \"1.1\", \"organization\": {\"name\": \"X\", \"employees\": NaN}}",
        2, "malformed JSON"));
    c.add(file("duplicate keys", "{\"schemaVersion\": \"1.1\", \"schemaVersion\": \"1.1\", \"organization\": {\"name\": \"X\"}}",
        2, "Duplicate field 'schemaVersion'"));
    c.add(file("nesting deeper than 32", "{\"schemaVersion\": \"1.1\", \"organization\": {\"name\": \"X\"}, \"x\": "
        + "[".repeat(40) + "]".repeat(40) + "}", 2, "nesting"));
    c.add(file("nesting 100,000 deep", "[".repeat(100_000), 2, "nesting"));
    c.add(file("number too large for a double", "{\"schemaVersion\": \"1.1\", \"organization\": {\"name\": \"X\", \"employees\": 1e400}}",
        2, "/organization/employees"));
    c.add(file("integer beyond 64 bits", "{\"schemaVersion\": \"1.1\", \"organization\": {\"name\": \"X\", \"employees\": 99999999999999999999999}}",
        2, "/organization/employees: expected an integer"));
    c.add(file("string longer than the limit", "{\"schemaVersion\": \"1.1\", \"organization\": {\"name\": \""
        + "x".repeat(100_001) + "\"}}", 2, "String value length"));
    // document structure
    c.add(file("missing schemaVersion", "{\"organization\": {\"name\": \"X\"}}", 2,
        "missing required property 'schemaVersion'"));
    c.add(file("unsupported schemaVersion", OK_DOC.replace("1.1", "2.0"), 2, "unsupported schemaVersion '2.0'"));
    c.add(file("schemaVersion as a number", OK_DOC.replace("\"1.1\"", "1.1"), 2, "/schemaVersion: expected a string"));
    c.add(file("missing organization", "{\"schemaVersion\": \"1.1\"}", 2, "missing required property 'organization'"));
    c.add(file("organization not an object", "{\"schemaVersion\": \"1.1\", \"organization\": []}", 2,
        "/organization: expected an object"));
    c.add(file("blank organization name", OK_DOC.replace("\"X\"", "\"  \""), 2, "/organization/name: must not be blank"));
    c.add(model("explicit null", ", \"aiPolicy\": {\"title\": null}", 2, "/aiPolicy/title: null is not allowed"));
    c.add(model("null in a list", ", \"people\": [null]", 2, "/people/0: null is not allowed in a list"));
    c.add(model("unknown top-level property", ", \"aiPolicies\": {}", 2, "unknown property 'aiPolicies'"));
    c.add(model("misspelt property with a suggestion", ", \"aiPolicy\": {\"aproved\": true}", 2,
        "did you mean 'approvedBy'?"));
    c.add(model("string where an integer belongs", ", \"aiPolicy\": {\"reviewIntervalMonths\": \"12\"}", 2,
        "/aiPolicy/reviewIntervalMonths: expected an integer"));
    c.add(model("fraction where an integer belongs", ", \"aiPolicy\": {\"reviewIntervalMonths\": 1.5}", 2,
        "expected an integer, found the number 1.5"));
    c.add(model("string where a boolean belongs", ", \"aiPolicy\": {\"coversUse\": \"yes\"}", 2,
        "expected true or false"));
    c.add(model("object where a list belongs", ", \"people\": {\"id\": \"p\"}", 2, "/people: expected an array"));
    c.add(model("list where an object belongs", ", \"aiPolicy\": []", 2, "/aiPolicy: expected an object"));
    c.add(model("interval below its minimum", ", \"aiPolicy\": {\"reviewIntervalMonths\": 0}", 2,
        "must be at least 1, found 0"));
    c.add(model("interval of 2147483647 months", ", \"aiPolicy\": {\"reviewIntervalMonths\": 2147483647}", 2,
        "/aiPolicy/reviewIntervalMonths: must be at most 1200"));
    c.add(model("retention days beyond a century", ", \"aiSystems\": [{\"id\": \"s\", \"name\": \"S\", "
        + "\"eventLogging\": {\"retentionDays\": 40000}}]", 2, "/aiSystems/0/eventLogging/retentionDays: must be at most 36600"));
    c.add(model("impossible date", ", \"aiPolicy\": {\"approvedOn\": \"2026-02-30\"}", 2, "is not a valid date"));
    c.add(model("date at the end of the calendar", ", \"aiPolicy\": {\"approvedOn\": \"+999999999-12-31\"}", 2,
        "/aiPolicy/approvedOn: '+999999999-12-31' is outside the supported range"));
    c.add(model("date before 1900", ", \"aiPolicy\": {\"approvedOn\": \"1899-12-31\"}", 2, "outside the supported range"));
    c.add(model("date in another format", ", \"aiPolicy\": {\"approvedOn\": \"2026/01/01\"}", 2, "is not a valid date"));
    c.add(model("date as a number", ", \"aiPolicy\": {\"approvedOn\": 20260101}", 2, "expected a date"));
    c.add(model("unknown enum value", ", \"aiSystems\": [{\"id\": \"s\", \"name\": \"S\", \"lifecycleStage\": \"BETA\"}]",
        2, "unknown value 'BETA'"));
    c.add(file("unknown enum value in a list", "{\"schemaVersion\": \"1.1\", \"organization\": {\"name\": \"X\", "
        + "\"aiRoles\": [\"AI_BOSS\"]}}", 2, "unknown value 'AI_BOSS'"));
    c.add(file("enum value in lower case", "{\"schemaVersion\": \"1.1\", \"organization\": {\"name\": \"X\", "
        + "\"aiRoles\": [\"ai_provider\"]}}", 2, "unknown value 'ai_provider'"));
    c.add(model("id with a space", ", \"people\": [{\"id\": \"bad id\", \"name\": \"A\"}]", 2, "id 'bad id' must start"));
    c.add(model("id longer than 128 characters", ", \"people\": [{\"id\": \"" + "p".repeat(129) + "\", \"name\": \"A\"}]",
        2, "at most 128 characters"));
    c.add(model("entity without its id", ", \"people\": [{\"name\": \"A\"}]", 2, "missing required property 'id'"));
    c.add(model("duplicate ids", ", \"people\": [{\"id\": \"p\", \"name\": \"A\"}, {\"id\": \"p\", \"name\": \"B\"}]", 2,
        "duplicate id 'p'"));
    c.add(model("dangling reference", ", \"aiSystems\": [{\"id\": \"s\", \"name\": \"S\", \"ownerId\": \"p-nobody\"}]", 2,
        "/aiSystems/0/ownerId"));
    c.add(model("reference to an entity of the wrong type", ", \"people\": [{\"id\": \"p\", \"name\": \"A\"}],"
        + " \"aiSystems\": [{\"id\": \"s\", \"name\": \"S\", \"ownerId\": \"s\"}]", 2, "/aiSystems/0/ownerId"));
    c.add(model("unknown Annex A control", ", \"processes\": [{\"id\": \"pr\", \"name\": \"P\", \"controlIds\": [\"A.99.9\"]}]",
        2, "A.99.9"));
    c.add(model("unknown clause reference", ", \"audits\": [{\"id\": \"a\", \"scope\": [\"11.1\"]}]", 2, "11.1"));
    // how the input arrives
    c.add(new Case("valid model on standard input", Via.STDIN, OK_DOC.getBytes(StandardCharsets.UTF_8),
        List.of("validate", "-"), 0, "valid: (standard input) (X, 0 AI systems"));
    c.add(new Case("empty standard input", Via.STDIN, new byte[0], List.of("validate", "-"), 2,
        "the document is empty"));
    c.add(new Case("standard input beyond the size limit", Via.STDIN, new byte[16 * 1024 * 1024 + 10],
        List.of("validate", "-"), 2, "larger than the limit of 16777216 bytes"));
    c.add(new Case("evaluate reads standard input", Via.STDIN, OK_DOC.getBytes(StandardCharsets.UTF_8),
        List.of("evaluate", "-", "--as-of", "2026-11-30"), 0, ""));
    c.add(args("missing file", 2, "no such file", "validate", "/nonexistent/model.json"));
    c.add(args("directory", 2, "is a directory", "validate", System.getProperty("java.io.tmpdir")));
    c.add(args("device without end", 2, "larger than the limit", "validate", "/dev/zero"));
    c.add(args("empty device", 2, "the document is empty", "validate", "/dev/null"));
    // command line
    c.add(args("no command", 2, "Usage: aims-rules"));
    c.add(args("unknown command", 2, "unknown command 'judge'", "judge"));
    c.add(args("unknown option", 2, "unknown option --colour", "evaluate", "--colour", "red"));
    c.add(args("option without a value", 2, "--as-of needs a value", "evaluate", "--as-of"));
    c.add(args("option given twice", 2, "--format given twice", "evaluate", "--format", "json", "--format", "text"));
    c.add(args("unknown format", 2, "--format must be one of text, json, sarif", "evaluate", "--format", "xml"));
    c.add(args("unknown severity for --fail-on", 2, "--fail-on must be", "evaluate", "--fail-on", "fatal"));
    c.add(args("malformed --as-of", 2, "--as-of must be a date", "evaluate", "--as-of", "yesterday"));
    c.add(args("--as-of outside the supported range", 2, "outside the supported range", "evaluate", "--as-of", "2300-01-01"));
    c.add(args("FILE and --sample together", 2, "either FILE or --sample", "evaluate", "x.json", "--sample", "startup-beginning-aims"));
    c.add(args("unknown sample", 2, "no sample named 'nope'", "evaluate", "--sample", "nope"));
    c.add(args("two files", 2, "at most one FILE", "evaluate", "a.json", "b.json"));
    c.add(args("validate without a file", 2, "validate takes exactly one FILE", "validate"));
    c.add(args("findings at or above --fail-on", 1, "", "evaluate", "--as-of", "2026-11-30", "--fail-on", "minor"));
    return c.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyClassOfBadInputGetsItsExitCodeAndMessageNeverAStackTrace(Case c) throws IOException {
    List<String> args = new ArrayList<>(c.args());
    byte[] stdin = new byte[0];
    if (c.via() == Via.FILE) {
      Path f = dir.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-") + ".json");
      Files.write(f, c.input());
      args.add(f.toString());
    } else if (c.via() == Via.STDIN) {
      stdin = c.input();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Cli(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args.toArray(String[]::new));
    String stderr = err.toString(StandardCharsets.UTF_8);
    String all = out.toString(StandardCharsets.UTF_8) + stderr;
    assertThat(code).as("exit code of '%s'; stderr: %s", c.name(), stderr).isEqualTo(c.exit());
    assertThat(all).as("output of '%s'", c.name()).contains(c.message());
    assertThat(stderr).as("stderr of '%s'", c.name()).doesNotContain("\tat ").doesNotContain("Exception in");
  }
}
