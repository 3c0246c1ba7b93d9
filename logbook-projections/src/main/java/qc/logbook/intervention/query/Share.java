package qc.logbook.intervention.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import qc.logbook.reference.Labelled;

/**
 * A count and its share of a stated whole, in percent rounded half-up to one decimal; labelled for display.
 *
 * @param code    the category's code (an enum name), or a name for a derived figure
 * @param percent {@code 0.0} when the whole is empty
 */
public record Share(String code, String labelFr, String labelEn, long count, BigDecimal percent) {

    public static Share of(Labelled category, String code, long count, long whole) {
        return new Share(code, category.labelFr(), category.labelEn(), count, percent(count, whole));
    }

    public static Share of(String code, String labelFr, String labelEn, long count, long whole) {
        return new Share(code, labelFr, labelEn, count, percent(count, whole));
    }

    static BigDecimal percent(long count, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
