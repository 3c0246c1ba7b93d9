package qc.logbook.intervention.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownPeriodsTest {

    @Test
    void splitsAPeriodIntoWholeYearsWholeMonthsAndPartialMonths() {
        BreakdownPeriods periods = BreakdownPeriods.between(LocalDate.of(2020, 11, 15), LocalDate.of(2023, 2, 10));

        assertThat(periods.years()).containsExactly("2021", "2022");
        assertThat(periods.months()).containsExactly("2020-12", "2023-01");
        assertThat(periods.partialMonths()).containsExactly(
                new BreakdownPeriods.Partial("2020-11", LocalDate.of(2020, 11, 15), LocalDate.of(2020, 11, 30)),
                new BreakdownPeriods.Partial("2023-02", LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 10)));
    }

    @Test
    void aSingleDayIsAPartialMonthAndAFiscalYearIsTwelveMonths() {
        assertThat(BreakdownPeriods.between(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29)).partialMonths())
                .containsExactly(new BreakdownPeriods.Partial("2024-02", LocalDate.of(2024, 2, 29),
                        LocalDate.of(2024, 2, 29)));
        BreakdownPeriods fiscal = BreakdownPeriods.between(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
        assertThat(fiscal.years()).isEmpty();
        assertThat(fiscal.months()).hasSize(12);
        assertThat(fiscal.partialMonths()).isEmpty();
        assertThat(BreakdownPeriods.between(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)).years())
                .isEqualTo(List.of("2019"));
    }
}
