package qc.logbook.admin.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Counts as a reader of the page's language writes them ({@code 12 500} in French, {@code 12,500} in English). */
@Component("adminNumbers")
class AdminNumbers {

    public String of(long value) {
        Locale locale = LocaleContextHolder.getLocale();
        String text = NumberFormat.getIntegerInstance(locale).format(value);
        // the JDK's French grouping is a narrow no-break space, which some screen fonts lack: a no-break space reads alike
        return text.replace('\u202F', '\u00A0');
    }

    public String decimal(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(value < 10 ? 1 : 0);
        return format.format(value).replace('\u202F', '\u00A0');
    }
}
