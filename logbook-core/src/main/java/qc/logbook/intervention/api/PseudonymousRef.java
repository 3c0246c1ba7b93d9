package qc.logbook.intervention.api;

import java.util.regex.Pattern;

/** Rules shared by pseudonymous references: short opaque codes, never a name, a phone number or an address. */
final class PseudonymousRef {

    /** Letters, digits and - _ . : only, so a name with spaces or an e-mail address cannot slip in. */
    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{1,63}");

    private PseudonymousRef() {
    }

    static String check(String value, String what) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a pseudonymous code of 2 to 64 letters, digits, '.', '_', ':' or '-'");
        }
        return value;
    }
}
