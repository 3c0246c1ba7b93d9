package qc.logbook.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import qc.logbook.reference.Labelled;
import qc.logbook.reference.Territories;

/**
 * Labels of reference data and dates in the reader's language, for templates: {@code ${@labels.of(tenure)}}. The
 * reference enums hold their French and English labels in one place; this picks one.
 */
@Component("labels")
public class PageLabels {

    /** Québec's time, for the times of day a page shows (events are stored in UTC). */
    static final ZoneId QUEBEC = ZoneId.of("America/Toronto");
    private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("H 'h' mm", Locale.CANADA_FRENCH);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

    public String of(Labelled value) {
        return value == null ? "" : value.label(language());
    }

    /** A territory's label from its code; the code itself when unknown (a territory since removed). */
    public String territory(String code) {
        return Territories.byCode(code).map(this::of).orElse(code == null ? "" : code);
    }

    /** « 1er décembre 2026 » / "December 1, 2026". */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (english()) {
            return ENGLISH_DATE.format(date);
        }
        String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return day + " " + DateTimeFormatter.ofPattern("MMMM yyyy", Locale.CANADA_FRENCH).format(date);
    }

    /** « 1er décembre 2026, 14 h 30 » / "December 1, 2026, 2:30 PM", in Québec's time. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime local = instant.atZone(QUEBEC);
        return date(local.toLocalDate()) + ", " + (english() ? ENGLISH_TIME : FRENCH_TIME).format(local);
    }

    private static boolean english() {
        return "en".equals(language());
    }

    private static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }
}
