package qc.logbook.practice.api;

/**
 * Limits of the practice form, in characters as a person counts them (Unicode code points: "é" counts once). The
 * numbers in the form are kept as they are; where the form gives no limit, the one chosen here is marked so.
 */
public final class PracticeLimits {

    /** No limit in the form; long enough for every name in the seed's examples. */
    public static final int NAME = 200;
    /** Section 4: "max: 1000 caractères" for each of the six questions. */
    public static final int DESCRIPTION_ANSWER = 1000;
    /** Sections 7, 9, 12 to 15 and 20: "max. 1 200 caractères". */
    public static final int LONG_TEXT = 1200;
    /** Every "Si autres, précisez" and "Précisez si inter-tenure": "max. 100 caractères". */
    public static final int SPECIFY = 100;
    /** No limit in the form for the names of the ministries; a short list of names. */
    public static final int MINISTRIES = 200;
    /** No limit in the form for the amounts and sources of funding; as long as a long answer. */
    public static final int COST_DETAILS = LONG_TEXT;
    /** No limit in the form for the people involved (section 19); as long as a long answer. */
    public static final int PEOPLE_INVOLVED = LONG_TEXT;
    /** Section 16: "les trois caractéristiques du SCLS"; an "other" characteristic counts as one of them. */
    public static final int MAX_SCLS_CHARACTERISTICS = 3;
    /** Section 8: duration in months, from one month to fifty years. */
    public static final int MIN_DURATION_MONTHS = 1;
    public static final int MAX_DURATION_MONTHS = 600;
    /** Reasons and reviewer comments given with lifecycle commands. */
    public static final int REASON = 500;

    private PracticeLimits() {
    }
}
