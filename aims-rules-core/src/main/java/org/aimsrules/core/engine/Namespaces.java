package org.aimsrules.core.engine;

import java.util.ArrayList;
import java.util.List;
import org.aimsrules.core.catalog.Requirement;
import org.aimsrules.core.catalog.RuleCatalog;
import org.aimsrules.core.catalog.RuleMetadata;

/** The namespace rule of pack ids: every pack but ISO/IEC 42001 prefixes its ids with its own. */
final class Namespaces {
  private Namespaces() {}

  /** What breaks the rule in a pack's catalog; empty when nothing does. */
  static List<String> problems(String packId, RuleCatalog catalog) {
    List<String> problems = new ArrayList<>();
    if (RulePack.ISO42001.equals(packId)) {
      return problems;
    }
    String prefix = packId + ":";
    for (RuleMetadata m : catalog.rules()) {
      if (!m.id().startsWith(prefix) || m.id().length() == prefix.length()) {
        problems.add("rule id " + m.id() + " of pack " + packId + " lacks its namespace "
            + prefix);
      }
    }
    for (Requirement r : catalog.requirements()) {
      if (!r.ref().startsWith(prefix) || r.ref().length() == prefix.length()) {
        problems.add("requirement ref " + r.ref() + " of pack " + packId
            + " lacks its namespace " + prefix);
      }
    }
    return problems;
  }
}
