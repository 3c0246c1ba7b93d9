package qc.logbook.practice.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import qc.logbook.domain.Text;

/**
 * The remaining-characters counters as the form shows them, « 1 200 caractères restants » (a narrow no-break space
 * groups the thousands in French) or "1,200 characters left", for templates: {@code ${@practiceCounts.remaining(…)}}.
 * Characters count as the form's rules count them (graphemes, {@link Text#graphemes}), so the page and the rule agree.
 */
@Component("practiceCounts")
public class PracticeCounts {

    static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private final MessageSource messages;

    PracticeCounts(MessageSource messages) {
        this.messages = messages;
    }

    public String remaining(int limit, String value) {
        Locale locale = LocaleContextHolder.getLocale();
        int left = Math.max(0, limit - Text.graphemes(value));
        // French: 0 and 1 take the singular (« 0 caractère restant »); English: only 1.
        boolean singular = "en".equals(locale.getLanguage()) ? left == 1 : left <= 1;
        return messages.getMessage(singular ? "practices.form.remaining.one" : "practices.form.remaining.other",
                new Object[] {number(left, locale)}, locale);
    }

    static String number(int n, Locale locale) {
        String digits = Integer.toString(n);
        char separator = "en".equals(locale.getLanguage()) ? ',' : NARROW_NO_BREAK_SPACE;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
