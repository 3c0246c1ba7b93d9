package qc.logbook.security.signin;

/**
 * Every password check is taken and none came free in time ({@link PasswordCheckLimiter}). Deliberately not an
 * {@code AuthenticationException}: it must not count as a failed sign-in nor be answered 401, so it passes through
 * Spring Security's authentication filters up to {@link SignInFilter}, which answers 503 (API) or sends the sign-in
 * page back with a message.
 */
public final class PasswordChecksBusyException extends RuntimeException {

    PasswordChecksBusyException() {
        super("Too many password checks at once", null, false, false);
    }
}
