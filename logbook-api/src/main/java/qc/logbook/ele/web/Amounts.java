package qc.logbook.ele.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dollar amounts as a reader of the page writes them: Québec French {@code 6 000 $} (no-break spaces between the
 * thousands and before the sign), English {@code $6,000}. Cents show only when there are some. Written by hand rather
 * than with {@link java.text.NumberFormat}, whose French grouping space changes between JDK versions.
 */
@Component("amounts")
public class Amounts {

    static final char NBSP = '\u00A0';

    public String of(long cents) {
        return of(cents, LocaleContextHolder.getLocale());
    }

    static String of(long cents, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        boolean negative = cents < 0;
        long abs = Math.abs(cents);
        String digits = Long.toString(abs / 100);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(english ? ',' : NBSP);
            }
            grouped.append(digits.charAt(i));
        }
        if (abs % 100 != 0) {
            grouped.append(english ? '.' : ',').append(String.format("%02d", abs % 100));
        }
        String sign = negative ? "-" : "";
        return english ? sign + "$" + grouped : sign + grouped + NBSP + "$";
    }

    /** « 6 000 $ / 15 137 $ », the seed's "soutien de l'Entente / coût total". */
    public String supportOfTotal(long supportCents, long totalCostCents) {
        return of(supportCents) + NBSP + "/ " + of(totalCostCents);
    }
}
