package qc.logbook.ele.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountsTest {

    private static final Locale FR = Locale.CANADA_FRENCH;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void writesQuebecFrenchAmountsWithNoBreakSpaces() {
        assertThat(Amounts.of(4_130_000, FR)).isEqualTo("41\u00A0300\u00A0$");
        assertThat(Amounts.of(600_000, FR)).isEqualTo("6\u00A0000\u00A0$");
        assertThat(Amounts.of(99_900, FR)).isEqualTo("999\u00A0$");
        assertThat(Amounts.of(123_456_789, FR)).isEqualTo("1\u00A0234\u00A0567,89\u00A0$");
        assertThat(Amounts.of(0, FR)).isEqualTo("0\u00A0$");
    }

    @Test
    void writesEnglishAmountsWithCommas() {
        assertThat(Amounts.of(1_513_700, EN)).isEqualTo("$15,137");
        assertThat(Amounts.of(123_456_789, EN)).isEqualTo("$1,234,567.89");
        assertThat(Amounts.of(-5_000, EN)).isEqualTo("-$50");
    }

    @Test
    void readsTheDatetimeLocalInputInQuebecTimeToTheEndOfItsMinute() {
        assertThat(FundingTablePageController.instant("2016-03-31T23:59"))
                .isEqualTo(java.time.Instant.parse("2016-04-01T03:59:59.999Z"));
        assertThat(FundingTablePageController.instant("")).isNull();
    }
}
