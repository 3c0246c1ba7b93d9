package qc.logbook.practice.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import qc.logbook.reference.Labelled;

/** Times and taxonomy values of the practice pages in the reader's language. */
@Component("practiceLabels")
public class PracticeLabels {

    private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");
    private static final DateTimeFormatter FRENCH_TIME = DateTimeFormatter.ofPattern("H 'h' mm", Locale.CANADA_FRENCH);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

    /** « 14 h 32 » / "2:32 PM", in Québec's time. */
    public String time(Instant instant) {
        return (english() ? ENGLISH_TIME : FRENCH_TIME).format(instant.atZone(QUEBEC));
    }

    public String of(Labelled value) {
        return value == null ? "" : value.label(LocaleContextHolder.getLocale().getLanguage());
    }

    /** The labels of ticked values, in the taxonomy's order, one per line. */
    public String all(Collection<? extends Labelled> values) {
        return values.stream().sorted((a, b) -> Integer.compare(((Enum<?>) a).ordinal(), ((Enum<?>) b).ordinal()))
                .map(this::of).collect(Collectors.joining("\n"));
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
