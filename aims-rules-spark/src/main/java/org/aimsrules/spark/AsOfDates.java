package org.aimsrules.spark;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation dates of a posture history: {@code FROM}, {@code FROM + PERIOD},
 * {@code FROM + 2 x PERIOD}, ... up to {@code TO} included. Each date is computed from
 * {@code FROM} (not from the date before), so that months do not drift: from January 31 by one
 * month, the dates are January 31, February 28 (or 29), March 31, ...
 *
 * <p>Month-ends: when {@code FROM} is the last day of its month and the period is in whole months
 * or years (no days), every date is the last day of its month (from 2026-02-28 by {@code P1M}:
 * 2026-03-31, 2026-04-30, ...). Otherwise the dates are the plain period steps.
 */
public final class AsOfDates {
  /** Most dates one run may have (some 80 years of month-ends). */
  public static final int MAX_DATES = 1_000;

  private AsOfDates() {}

  /**
   * The dates from {@code from} to {@code to} every {@code period}.
   *
   * @param from the first date
   * @param to the last date allowed (included when a step lands on it)
   * @param period a positive period, parsed by {@link Period#parse(CharSequence)} (e.g. {@code P1M})
   * @return the dates, in order
   * @throws IllegalArgumentException when {@code to} is before {@code from}, the period is not
   *     positive, or there would be more than {@link #MAX_DATES} dates
   */
  public static List<LocalDate> range(LocalDate from, LocalDate to, Period period) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from
          + ")");
    }
    if (period.isNegative() || period.isZero() || period.getYears() < 0 || period.getMonths() < 0
        || period.getDays() < 0) {
      throw new IllegalArgumentException("the period must be positive, not " + period);
    }
    boolean monthEnds = period.getDays() == 0
        && from.equals(from.with(TemporalAdjusters.lastDayOfMonth()));
    List<LocalDate> dates = new ArrayList<>();
    for (int k = 0; ; k++) {
      LocalDate d = from.plus(period.multipliedBy(k));
      if (monthEnds) {
        d = d.with(TemporalAdjusters.lastDayOfMonth());
      }
      if (d.isAfter(to)) {
        break;
      }
      if (dates.size() == MAX_DATES) {
        throw new IllegalArgumentException("more than " + MAX_DATES + " dates from " + from + " to "
            + to + " every " + period);
      }
      dates.add(d);
    }
    return dates;
  }

  /**
   * Parses {@code FROM..TO} and a period.
   *
   * @param range {@code FROM..TO}, two ISO dates
   * @param every the period, e.g. {@code P1M}
   * @return the dates
   * @throws IllegalArgumentException when the range or the period cannot be parsed
   */
  public static List<LocalDate> parse(String range, String every) {
    int dots = range.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException("--as-of-range must be FROM..TO, not '" + range + "'");
    }
    LocalDate from;
    LocalDate to;
    Period period;
    try {
      from = LocalDate.parse(range.substring(0, dots).trim());
      to = LocalDate.parse(range.substring(dots + 2).trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of-range must be FROM..TO with ISO dates "
          + "(2024-01-31..2026-12-31), not '" + range + "'");
    }
    try {
      period = Period.parse(every);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("--every must be an ISO period (P1M, P3M, P1Y, P7D), not '"
          + every + "'");
    }
    return range(from, to, period);
  }
}
