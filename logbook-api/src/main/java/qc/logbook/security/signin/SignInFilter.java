package qc.logbook.security.signin;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Stands before the sign-in of one channel (HTTP Basic on the API, the sign-in form on the pages). For a request that
 * carries a username and password it asks the {@link SignInThrottle} first: a throttled attempt is answered at once,
 * without the password ever being checked (no bcrypt). Otherwise the attempt goes on, marked as the current one of
 * this thread so that {@link SignInGuard} counts its outcome from Spring Security's authentication events; and if no
 * password check came free in time ({@link PasswordChecksBusyException}) it is refused as busy.
 */
final class SignInFilter implements Filter {

    /** The attempt being authenticated on this thread (authentication events are delivered on it). */
    static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

    /** The sign-in attempt in progress on this thread, and whether its outcome was counted. */
    static final class Current {

        final SignInThrottle.Attempt attempt;
        final SignInGuard.Channel channel;
        boolean counted;

        Current(SignInThrottle.Attempt attempt, SignInGuard.Channel channel) {
            this.attempt = attempt;
            this.channel = channel;
        }
    }

    /** How a channel finds the username of a sign-in attempt, and answers refusals. */
    interface Channel {

        /** The username this request signs in with, or null when it does not sign in. */
        String username(HttpServletRequest request);

        void throttled(HttpServletRequest request, HttpServletResponse response, Duration retryAfter)
                throws IOException;

        void busy(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final SignInGuard guard;
    private final SignInGuard.Channel name;
    private final Channel channel;

    SignInFilter(SignInGuard guard, SignInGuard.Channel name, Channel channel) {
        this.guard = guard;
        this.name = name;
        this.channel = channel;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String username = request.getDispatcherType() == DispatcherType.REQUEST ? channel.username(request) : null;
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        SignInThrottle.Attempt attempt = SignInThrottle.Attempt.of(username, request.getRemoteAddr());
        Duration blocked = guard.throttle().admit(attempt);
        if (!blocked.isZero()) {
            guard.throttled(name, "failures");
            channel.throttled(request, response, blocked);
            return;
        }
        Current previous = CURRENT.get();
        CURRENT.set(new Current(attempt, name));
        try {
            chain.doFilter(request, response);
        } catch (PasswordChecksBusyException | ServletException e) {
            if (!busy(e) || response.isCommitted()) {
                throw e;
            }
            guard.throttled(name, "busy");
            response.reset();
            channel.busy(request, response);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    private static boolean busy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PasswordChecksBusyException) {
                return true;
            }
        }
        return false;
    }

    /** The username of an {@code Authorization: Basic} header, decoded as Spring Security does (UTF-8). */
    static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return null;
        }
        header = header.trim();
        if (header.length() < 6 || !header.regionMatches(true, 0, "Basic", 0, 5)) {
            return null;
        }
        String token = header.substring(5).trim();
        if (token.isEmpty()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            // without a colon, Spring Security refuses the header before any password check
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
