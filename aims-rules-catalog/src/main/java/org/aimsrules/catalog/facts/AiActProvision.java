package org.aimsrules.catalog.facts;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.aimsrules.catalog.internal.CatalogLoader;

/**
 * A group of EU AI Act provisions with the date from which it applies, inserted as a fact so that
 * rules hold organizations to an obligation only once it applies. The dates are catalog data
 * ({@code eu-ai-act-dates.json}), not code: when the law's timetable changes, the data changes.
 *
 * @param key stable key, e.g. {@code prohibitions}, {@code high-risk-annex-iii}
 * @param articles the articles concerned, e.g. "Art. 5"
 * @param appliesFrom the date from which they apply
 * @param applies whether they apply on the evaluation date
 * @param note where the date comes from and how sure it is
 */
public record AiActProvision(String key, String articles, LocalDate appliesFrom, boolean applies,
    String note) {

  /** Checks the mandatory components. */
  public AiActProvision {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(appliesFrom, "appliesFrom");
  }

  /**
   * This provision as seen on a date.
   *
   * @param asOf evaluation date
   * @return a copy whose {@code applies} says whether it applies on that date
   */
  public AiActProvision asOf(LocalDate asOf) {
    return new AiActProvision(key, articles, appliesFrom, !asOf.isBefore(appliesFrom), note);
  }

  /**
   * Loads the provisions from the catalog data.
   *
   * @return the provisions, {@code applies} false
   */
  public static List<AiActProvision> load() {
    return CatalogLoader.read("eu-ai-act-dates.json", new TypeReference<List<AiActProvision>>() {});
  }
}
