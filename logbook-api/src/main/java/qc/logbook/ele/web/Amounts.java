package qc.logbook.ele.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import qc.logbook.ele.api.Money;

/**
 * Dollar amounts as a reader of the page writes them ({@link Money#writtenIn}): Québec French {@code 6 000 $},
 * English {@code $6,000}; refusals word their amounts the same way (ProblemMessages).
 */
@Component("amounts")
public class Amounts {

    static final char NBSP = '\u00A0';

    public String of(long cents) {
        return of(cents, LocaleContextHolder.getLocale());
    }

    static String of(long cents, Locale locale) {
        return Money.ofCents(cents).writtenIn(locale.getLanguage());
    }

    /** « 6 000 $ / 15 137 $ », the seed's "soutien de l'Entente / coût total". */
    public String supportOfTotal(long supportCents, long totalCostCents) {
        return of(supportCents) + NBSP + "/ " + of(totalCostCents);
    }
}
