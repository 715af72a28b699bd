package org.aimsrules.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The rules' date helpers are total: no input makes them throw. */
class DatesTest {
  @Test
  void arithmeticPastTheEndsOfTheCalendarSaturates() {
    assertThat(Dates.due(LocalDate.MAX, Integer.MAX_VALUE)).isEqualTo(LocalDate.MAX);
    assertThat(Dates.due(LocalDate.MIN, Integer.MIN_VALUE)).isEqualTo(LocalDate.MIN);
    assertThat(Dates.overdue(LocalDate.of(2026, 1, 1), Integer.MAX_VALUE, LocalDate.of(2026, 6, 30))).isFalse();
    assertThat(Dates.overdue(LocalDate.MAX.minusDays(1), Integer.MAX_VALUE, LocalDate.MAX)).isFalse();
    assertThat(Dates.overdue(LocalDate.of(2026, 1, 1), 12, LocalDate.of(2027, 1, 2))).isTrue();
    assertThat(Dates.plusDays(LocalDate.MAX, 1)).isEqualTo(LocalDate.MAX);
    assertThat(Dates.plusDays(LocalDate.MIN, -1)).isEqualTo(LocalDate.MIN);
    assertThat(Dates.daysBetween(LocalDate.MIN, LocalDate.MAX)).isPositive();
    assertThat(Render.lastReview(LocalDate.MAX, Integer.MAX_VALUE)).contains(LocalDate.MAX.toString());
  }

  @Property(tries = 500)
  void noDateAndIntervalMakeTheHelpersThrow(
      @ForAll @LongRange(min = -365_243_219_162L, max = 365_241_780_471L) long epochDay,
      @ForAll int months, @ForAll long days) {
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    LocalDate due = Dates.due(date, months);
    assertThat(due).isNotNull();
    Dates.overdue(date, months, date);
    assertThat(Dates.plusDays(date, days)).isNotNull();
  }
}
