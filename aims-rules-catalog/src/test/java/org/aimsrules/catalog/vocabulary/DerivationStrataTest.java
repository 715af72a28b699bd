package org.aimsrules.catalog.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Guards what lets a one-shot evaluation insert derived facts plainly, without truth maintenance
 * ({@link org.aimsrules.core.rule.Derived}): the derivations are stratified by salience. A derivation
 * that reads a derived type has a salience no higher than every derivation of that type, and a lower
 * one when it reads the type under {@code not}, {@code accumulate}, {@code collect} or
 * {@code forall} (a conclusion that a later fact could withdraw). Checks have no salience, so they
 * run after every derivation.
 */
class DerivationStrataTest {
  private static final Pattern RULE = Pattern.compile(
      "(?ms)^rule\\s+\"([^\"]+)\"(.*?)^when\\s*$(.*?)^then\\s*$(.*?)^end\\b");
  private static final Pattern SALIENCE = Pattern.compile("salience\\s+(\\d+)");
  private static final Pattern INSERTED = Pattern.compile(
      "Derived\\.insert\\(kcontext,\\s*(?:new\\s+(\\w+)\\s*\\(|(ControlApplicability)\\.)");
  private static final Pattern TOKEN = Pattern.compile(
      "\\b(not|accumulate|collect|forall|exists)\\b|([A-Z]\\w*)\\s*\\(|(\\()|(\\))");

  /** A rule as the guard reads it. */
  private record Rule(String file, String name, int salience, Set<String> inserts,
      List<Read> reads, String consequence) {
    boolean derivation() {
      return name.startsWith("derive/");
    }
  }

  /** A type a rule's conditions name, and whether under a negation or an accumulate. */
  private record Read(String type, boolean nonMonotonic) {}

  @Test
  void derivationsAreStratifiedBySalience() throws IOException {
    List<Rule> rules = rules();
    Map<String, List<Rule>> derivers = new HashMap<>();
    for (Rule r : rules) {
      for (String t : r.inserts()) {
        derivers.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
      }
    }
    List<String> offenders = new ArrayList<>();
    int nonMonotonicReads = 0;
    for (Rule r : rules) {
      if (!r.derivation()) {
        continue;
      }
      for (Read read : r.reads()) {
        for (Rule d : derivers.getOrDefault(read.type(), List.of())) {
          if (d.derivation()) {
            boolean ok = read.nonMonotonic() ? r.salience() < d.salience()
                : r.salience() <= d.salience();
            if (!ok) {
              offenders.add(r.name() + " (salience " + r.salience() + ") reads "
                  + (read.nonMonotonic() ? "under not/accumulate/collect/forall " : "")
                  + read.type()
                  + ", derived by " + d.name() + " (salience " + d.salience() + ")");
            }
          }
        }
        if (read.nonMonotonic() && derivers.containsKey(read.type())) {
          nonMonotonicReads++;
        }
      }
    }
    assertThat(offenders).isEmpty();
    // the reader sees the catalog's dependencies: a parser that found none would pass vacuously
    assertThat(nonMonotonicReads).isGreaterThan(20);
  }

  @Test
  void derivationsHaveASalienceAndChecksNone() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Rule r : rules()) {
      if (r.derivation() != r.salience() > 0) {
        offenders.add(r.file() + ": " + r.name() + " salience " + r.salience());
      }
      if (r.derivation() && r.consequence().contains("Violation.")) {
        offenders.add(r.file() + ": " + r.name() + " raises a violation");
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void everyRuleInsertsThroughDerived() throws IOException {
    // A plain insert would survive a change in an incremental session; insertLogical would pay
    // truth maintenance in a one-shot evaluation. Derived.insert chooses per session.
    List<String> offenders = new ArrayList<>();
    for (Rule r : rules()) {
      String c = r.consequence().replace("Derived.insert(", "");
      if (c.contains("insert(") || c.contains("insertLogical(") || c.contains("modify(")
          || c.contains("delete(") || c.contains("update(")) {
        offenders.add(r.file() + ": " + r.name());
      }
    }
    assertThat(offenders).isEmpty();
  }

  private static List<Rule> rules() throws IOException {
    List<Rule> out = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(VocabularyTest.drlFiles()).entrySet()) {
      String text = e.getValue().replaceAll("//[^\\n]*", "");
      Matcher m = RULE.matcher(text);
      int found = 0;
      while (m.find()) {
        found++;
        Matcher s = SALIENCE.matcher(m.group(2));
        int salience = s.find() ? Integer.parseInt(s.group(1)) : 0;
        Set<String> inserts = new LinkedHashSet<>();
        Matcher i = INSERTED.matcher(m.group(4));
        while (i.find()) {
          inserts.add(i.group(1) != null ? i.group(1) : i.group(2));
        }
        out.add(new Rule(e.getKey(), m.group(1), salience, inserts, reads(m.group(3)),
            m.group(4)));
      }
      assertThat(found).as(e.getKey()).isEqualTo(text.split("(?m)^rule\\s", -1).length - 1);
    }
    return out;
  }

  /** The types a rule's conditions name, each marked when it sits under a non-monotonic element. */
  private static List<Read> reads(String lhs) {
    List<Read> out = new ArrayList<>();
    Deque<Integer> nonMonotonicDepths = new ArrayDeque<>();
    int depth = 0;
    Boolean pending = null;
    Matcher t = TOKEN.matcher(lhs);
    while (t.find()) {
      if (t.group(1) != null) {
        pending = !t.group(1).equals("exists");
      } else if (t.group(2) != null || t.group(3) != null) {
        if (t.group(2) != null && !lhs.substring(0, t.start()).stripTrailing().endsWith(".")) {
          out.add(new Read(t.group(2), !nonMonotonicDepths.isEmpty() || Boolean.TRUE.equals(pending)));
        }
        depth++;
        if (pending != null) {
          if (pending) {
            nonMonotonicDepths.push(depth);
          }
          pending = null;
        }
      } else {
        if (!nonMonotonicDepths.isEmpty() && nonMonotonicDepths.peek() == depth) {
          nonMonotonicDepths.pop();
        }
        depth--;
      }
    }
    return out;
  }
}
