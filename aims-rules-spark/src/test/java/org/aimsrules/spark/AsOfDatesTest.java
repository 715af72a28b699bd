package org.aimsrules.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The dates of a posture history (no Spark). */
class AsOfDatesTest {
  @Test
  void fromAMonthEndByMonthsEveryDateIsAMonthEnd() {
    assertThat(AsOfDates.parse("2026-01-31..2026-05-15", "P1M")).containsExactly(
        LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 31),
        LocalDate.of(2026, 4, 30));
    assertThat(AsOfDates.parse("2026-02-28..2026-12-31", "P3M")).containsExactly(
        LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 8, 31),
        LocalDate.of(2026, 11, 30));
    assertThat(AsOfDates.parse("2023-12-31..2026-11-30", "P1M")).hasSize(36);
  }

  @Test
  void otherwisePlainStepsFromTheFirstDateWithoutDrift() {
    assertThat(AsOfDates.parse("2026-01-15..2026-03-15", "P1M")).containsExactly(
        LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 15));
    assertThat(AsOfDates.parse("2026-11-01..2026-11-20", "P7D")).containsExactly(
        LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 15));
    assertThat(AsOfDates.parse("2026-11-30..2026-11-30", "P1M"))
        .containsExactly(LocalDate.of(2026, 11, 30));
  }

  @Test
  void badRangesAndPeriodsAreRefusedWithTheirReason() {
    assertThatThrownBy(() -> AsOfDates.parse("2026-11-30", "P1M"))
        .hasMessage("--as-of-range must be FROM..TO, not '2026-11-30'");
    assertThatThrownBy(() -> AsOfDates.parse("2026-11-30..2026-01-31", "P1M"))
        .hasMessage("the range ends (2026-01-31) before it starts (2026-11-30)");
    assertThatThrownBy(() -> AsOfDates.parse("2026-01-31..2026-11-30", "P0D"))
        .hasMessage("the period must be positive, not P0D");
    assertThatThrownBy(() -> AsOfDates.parse("2026-01-31..2026-11-30", "monthly"))
        .hasMessage("--every must be an ISO period (P1M, P3M, P1Y, P7D), not 'monthly'");
    assertThatThrownBy(() -> AsOfDates.parse("1900-01-01..2199-12-31", "P1D"))
        .hasMessageStartingWith("more than 1000 dates");
  }
}
