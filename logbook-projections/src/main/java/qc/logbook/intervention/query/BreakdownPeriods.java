package qc.logbook.intervention.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a period of days into whole years, whole months, and at most two partial months (read from the parts of their
 * month cells), so that a breakdown reads as few cells as possible.
 */
record BreakdownPeriods(List<String> years, List<String> months, List<Partial> partialMonths) {

    /** Days {@code from}..{@code to} of one month. */
    record Partial(String month, LocalDate from, LocalDate to) {
    }

    static BreakdownPeriods between(LocalDate from, LocalDate to) {
        List<String> years = new ArrayList<>();
        List<String> months = new ArrayList<>();
        List<Partial> partial = new ArrayList<>();
        LocalDate cursor = from;
        while (!cursor.isAfter(to)) {
            if (cursor.getDayOfYear() == 1 && !cursor.plusYears(1).minusDays(1).isAfter(to)) {
                years.add(Integer.toString(cursor.getYear()));
                cursor = cursor.plusYears(1);
            } else if (cursor.getDayOfMonth() == 1 && !cursor.plusMonths(1).minusDays(1).isAfter(to)) {
                months.add(YearMonth.from(cursor).toString());
                cursor = cursor.plusMonths(1);
            } else {
                LocalDate monthEnd = cursor.withDayOfMonth(cursor.lengthOfMonth());
                LocalDate end = monthEnd.isAfter(to) ? to : monthEnd;
                partial.add(new Partial(YearMonth.from(cursor).toString(), cursor, end));
                cursor = end.plusDays(1);
            }
        }
        return new BreakdownPeriods(years, months, partial);
    }
}
