package org.aimsrules.core.rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Null-safe, total date arithmetic for rules. A {@code null} date means "never happened" and is always
 * overdue. No method throws, whatever the dates and intervals: arithmetic past the range of
 * {@link LocalDate} saturates at {@link LocalDate#MAX} (or {@link LocalDate#MIN}).
 */
public final class Dates {
  private Dates() {}

  /**
   * Whether something last done on {@code last} and due every {@code months} months is overdue as of
   * {@code asOf}.
   *
   * @param last date it was last done, or {@code null}
   * @param months planned interval in months
   * @param asOf evaluation date
   * @return true when it was never done or {@code last + months} is before {@code asOf}
   */
  public static boolean overdue(LocalDate last, int months, LocalDate asOf) {
    return last == null || plusMonths(last, months).isBefore(asOf);
  }

  /**
   * The date something becomes due.
   *
   * @param last date it was last done
   * @param months interval in months
   * @return {@code last + months}, or {@code null} when {@code last} is null
   */
  public static LocalDate due(LocalDate last, int months) {
    return last == null ? null : plusMonths(last, months);
  }

  /**
   * {@code date + months}, saturating at the ends of the {@link LocalDate} range instead of
   * throwing.
   *
   * @param date a date, not null
   * @param months months to add (may be negative)
   * @return the date, or {@link LocalDate#MAX} / {@link LocalDate#MIN} when out of range
   */
  public static LocalDate plusMonths(LocalDate date, long months) {
    try {
      return date.plusMonths(months);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return months >= 0 ? LocalDate.MAX : LocalDate.MIN;
    }
  }

  /**
   * {@code date + days}, saturating at the ends of the {@link LocalDate} range instead of throwing.
   *
   * @param date a date, not null
   * @param days days to add (may be negative)
   * @return the date, or {@link LocalDate#MAX} / {@link LocalDate#MIN} when out of range
   */
  public static LocalDate plusDays(LocalDate date, long days) {
    try {
      return date.plusDays(days);
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return days >= 0 ? LocalDate.MAX : LocalDate.MIN;
    }
  }

  /**
   * Whether {@code date} is strictly before {@code other}; false when either is null.
   *
   * @param date a date
   * @param other another date
   * @return true when both are present and {@code date < other}
   */
  public static boolean before(LocalDate date, LocalDate other) {
    return date != null && other != null && date.isBefore(other);
  }

  /**
   * Days from {@code from} to {@code to}; 0 when either is null.
   *
   * @param from start
   * @param to end
   * @return the number of days (negative when {@code to} is earlier)
   */
  public static long daysBetween(LocalDate from, LocalDate to) {
    return from == null || to == null ? 0 : ChronoUnit.DAYS.between(from, to);
  }
}
