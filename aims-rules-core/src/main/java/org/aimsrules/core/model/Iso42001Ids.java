package org.aimsrules.core.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Identifiers of the parts of ISO/IEC 42001:2023 that a model may refer to: the requirement clauses
 * 4 to 10 with their sub-clauses, and the Annex A control objectives and controls. Only numbers are
 * held here; titles and paraphrases live in the catalog.
 */
public final class Iso42001Ids {

  /** The 38 Annex A controls, in the standard's order. */
  public static final List<String> CONTROLS = List.of(
      "A.2.2", "A.2.3", "A.2.4",
      "A.3.2", "A.3.3",
      "A.4.2", "A.4.3", "A.4.4", "A.4.5", "A.4.6",
      "A.5.2", "A.5.3", "A.5.4", "A.5.5",
      "A.6.1.2", "A.6.1.3", "A.6.2.2", "A.6.2.3", "A.6.2.4", "A.6.2.5", "A.6.2.6", "A.6.2.7",
      "A.6.2.8",
      "A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6",
      "A.8.2", "A.8.3", "A.8.4", "A.8.5",
      "A.9.2", "A.9.3", "A.9.4",
      "A.10.2", "A.10.3", "A.10.4");

  /** Annex A control objectives (groups). */
  public static final List<String> CONTROL_OBJECTIVES = List.of(
      "A.2", "A.3", "A.4", "A.5", "A.6", "A.6.1", "A.6.2", "A.7", "A.8", "A.9", "A.10");

  /** The requirement clauses and their sub-clauses, in the standard's order. */
  public static final List<String> CLAUSES = List.of(
      "4", "4.1", "4.2", "4.3", "4.4",
      "5", "5.1", "5.2", "5.3",
      "6", "6.1", "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.2", "6.3",
      "7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1", "7.5.2", "7.5.3",
      "8", "8.1", "8.2", "8.3", "8.4",
      "9", "9.1", "9.2", "9.2.1", "9.2.2", "9.3", "9.3.1", "9.3.2", "9.3.3",
      "10", "10.1", "10.2");

  /** Every valid value of a {@link ClauseRef} component. */
  public static final Set<String> ALL_REFERENCES;

  static {
    Set<String> all = new LinkedHashSet<>(CLAUSES);
    all.addAll(CONTROL_OBJECTIVES);
    all.addAll(CONTROLS);
    ALL_REFERENCES = Set.copyOf(all);
  }

  private Iso42001Ids() {}

  /**
   * Whether the id names one of the 38 Annex A controls.
   *
   * @param id a candidate control id
   * @return true for a known control id
   */
  public static boolean isControl(String id) {
    return CONTROLS.contains(id);
  }
}
