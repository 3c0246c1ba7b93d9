package qc.logbook.ele.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of Canadian dollars held as an integer number of cents, never as floating point, so that sums of the
 * funding table are exact. Serialised as the bare number of cents.
 */
public record Money(@JsonValue long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public static Money ofDollars(long dollars) {
        return new Money(Math.multiplyExact(dollars, 100L));
    }

    /**
     * The exact amount of a decimal number of dollars.
     *
     * @throws ArithmeticException if the amount has fractions of a cent or does not fit
     */
    public static Money ofDollars(BigDecimal dollars) {
        return new Money(dollars.movePointRight(2).longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public boolean isPositive() {
        return cents > 0;
    }

    public boolean isGreaterThan(Money other) {
        return cents > other.cents;
    }

    /** The amount in dollars with exactly two decimals, e.g. {@code 41300.00}. */
    public BigDecimal toDollars() {
        return BigDecimal.valueOf(cents, 2);
    }

    /** The amount as a plain decimal string with two decimals and a dot, e.g. {@code "41300.00"}. */
    public String toDecimalString() {
        return toDollars().toPlainString();
    }

    /**
     * How many dollars of total cost each dollar of support brought: {@code totalCost ÷ this}, rounded half-up to two
     * decimals; {@code null} when this amount is zero. Computed in decimal arithmetic, never in floating point.
     */
    public BigDecimal leverageOf(Money totalCost) {
        if (cents == 0) {
            return null;
        }
        return BigDecimal.valueOf(totalCost.cents).divide(BigDecimal.valueOf(cents), 2, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return toDecimalString() + " $";
    }

    /**
     * The amount as a reader writes it: Québec French {@code 7 905 $} (no-break spaces between the thousands and
     * before the sign), English {@code $7,905}; cents only when there are some. Written by hand rather than with
     * {@link java.text.NumberFormat}, whose French grouping space changes between JDK versions.
     */
    public String writtenIn(String language) {
        boolean english = "en".equals(language);
        long abs = Math.abs(cents);
        String digits = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(english ? ',' : '\u00A0');
            }
            grouped.append(digits.charAt(i));
        }
        if (abs % 100 != 0) {
            grouped.append(english ? '.' : ',').append(String.format("%02d", abs % 100));
        }
        String sign = cents < 0 ? "-" : "";
        return english ? sign + "$" + grouped : sign + grouped + "\u00A0$";
    }
}
