package qc.logbook.security.signin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureProviderNotFoundEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import qc.logbook.problem.FieldError;
import qc.logbook.problem.ProblemMessages;

/**
 * Throttles failed sign-ins on both channels: HTTP Basic on the API and the sign-in form of the pages. Its filters
 * ({@link #apiFilter()}, {@link #pageFilter()}) stand before Spring Security's own and refuse a throttled attempt
 * without checking its password; the outcome of every other attempt comes back through Spring Security's
 * authentication events ({@code AuthenticationEventPublisher}) and is counted in the {@link SignInThrottle}.
 * <p>
 * Metrics (never tagged with a username or an address): {@code logbook.signin.failures} (tag {@code channel}: api,
 * page) counts failed sign-ins, {@code logbook.signin.throttled} (tags {@code channel}, {@code reason}: failures —
 * refused by the back-off —, busy — no password check came free in time) counts refused ones.
 */
public final class SignInGuard {

    /** Where a sign-in comes from. */
    public enum Channel {
        API, PAGE;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The bundles of every problem document (the filters run outside Spring MVC). */
    private static final ProblemMessages MESSAGES = ProblemMessages.fromBundles();

    private final SignInThrottle throttle;
    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Map<Channel, Counter> failures = new EnumMap<>(Channel.class);

    public SignInGuard(SignInThrottle throttle, ObjectMapper json, MeterRegistry meters) {
        this.throttle = throttle;
        this.json = json;
        this.meters = meters;
        for (Channel channel : Channel.values()) {
            failures.put(channel, Counter.builder("logbook.signin.failures")
                    .description("Failed sign-ins (wrong or unknown username or password)")
                    .tag("channel", channel.tag()).register(meters));
        }
    }

    /** The filter before HTTP Basic authentication of the API chain. */
    public Filter apiFilter() {
        return new SignInFilter(this, Channel.API, new SignInFilter.Channel() {
            @Override
            public String username(HttpServletRequest request) {
                return SignInFilter.basicUsername(request);
            }

            @Override
            public void throttled(HttpServletRequest request, HttpServletResponse response, Duration retryAfter)
                    throws IOException {
                long seconds = seconds(retryAfter);
                response.setHeader("Retry-After", Long.toString(seconds));
                problem(request, response, HttpStatus.TOO_MANY_REQUESTS, "throttled",
                        MESSAGES.fieldError(null, "authentication.throttled", "rule.authentication.throttled",
                                seconds));
            }

            @Override
            public void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setHeader("Retry-After", "1");
                problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, "busy",
                        MESSAGES.fieldError(null, "authentication.busy", "rule.authentication.busy"));
            }
        });
    }

    /** The filter before the form sign-in ({@code POST /login}) of the pages chain. */
    public Filter pageFilter() {
        return new SignInFilter(this, Channel.PAGE, new SignInFilter.Channel() {
            @Override
            public String username(HttpServletRequest request) {
                if (!"POST".equals(request.getMethod())
                        || !(request.getContextPath() + "/login").equals(request.getRequestURI())) {
                    return null;
                }
                String username = request.getParameter("username");
                return username == null ? "" : username;
            }

            @Override
            public void throttled(HttpServletRequest request, HttpServletResponse response, Duration retryAfter)
                    throws IOException {
                response.sendRedirect(request.getContextPath() + "/login?throttled");
            }

            @Override
            public void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.sendRedirect(request.getContextPath() + "/login?busy");
            }
        });
    }

    /** A failed sign-in, from Spring Security's events: counted against its account and address. */
    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureServiceExceptionEvent
                || event instanceof AuthenticationFailureProviderNotFoundEvent) {
            return; // the user store failed, or nothing could check these credentials: not a wrong password
        }
        SignInFilter.Current current = current(event.getAuthentication());
        if (current != null) {
            current.counted = true;
            throttle.failed(current.attempt);
            failures.get(current.channel).increment();
        }
    }

    /** A successful sign-in: its account starts afresh. */
    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        SignInFilter.Current current = current(event.getAuthentication());
        if (current != null) {
            current.counted = true;
            throttle.succeeded(current.attempt);
        }
    }

    SignInThrottle throttle() {
        return throttle;
    }

    void throttled(Channel channel, String reason) {
        meters.counter("logbook.signin.throttled", "channel", channel.tag(), "reason", reason).increment();
    }

    /** The attempt of this thread's sign-in filter, if the event is about it and was not counted yet. */
    private static SignInFilter.Current current(Authentication authentication) {
        SignInFilter.Current current = SignInFilter.CURRENT.get();
        if (current == null || current.counted || authentication == null) {
            return null;
        }
        return SignInThrottle.accountKey(authentication.getName()).equals(current.attempt.account()) ? current : null;
    }

    private static long seconds(Duration duration) {
        long seconds = duration.toSeconds();
        return duration.equals(Duration.ofSeconds(seconds)) ? Math.max(1, seconds) : seconds + 1;
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                         FieldError error) throws IOException {
        MESSAGES.write(json, request, response, status, type, error);
    }
}
