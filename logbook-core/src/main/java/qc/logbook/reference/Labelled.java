package qc.logbook.reference;

/**
 * A value of a closed taxonomy shown to people: a stable code (the enum name) with a French label, the one users read
 * first, and an English label.
 */
public interface Labelled {

    String labelFr();

    String labelEn();

    /** The label in the given language, French unless English is asked for. */
    default String label(String language) {
        return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? labelEn() : labelFr();
    }
}
