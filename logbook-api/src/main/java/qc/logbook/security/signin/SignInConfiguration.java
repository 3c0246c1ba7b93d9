package qc.logbook.security.signin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sign-in throttle and the bound on password checks. The security chains place {@link SignInGuard}'s filters,
 * and the password encoder runs bcrypt through the {@link PasswordCheckLimiter}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class SignInConfiguration {

    /** The clock of the back-off: the system's, unless a test declares a {@code signInTicker}. */
    @Bean
    SignInThrottle signInThrottle(SignInProperties properties,
                                  @Qualifier("signInTicker") ObjectProvider<Ticker> ticker, MeterRegistry meters) {
        SignInThrottle throttle = new SignInThrottle(properties, ticker.getIfAvailable(Ticker::systemTicker));
        Gauge.builder("logbook.signin.tracked", throttle, SignInThrottle::tracked)
                .description("Accounts, client addresses and pairs of both with failed sign-ins counted")
                .register(meters);
        return throttle;
    }

    @Bean
    SignInGuard signInGuard(SignInThrottle throttle, ObjectMapper json, MeterRegistry meters) {
        return new SignInGuard(throttle, json, meters);
    }

    @Bean
    PasswordCheckLimiter passwordCheckLimiter(SignInProperties properties, MeterRegistry meters) {
        PasswordCheckLimiter limiter = new PasswordCheckLimiter(properties.concurrentChecks(), properties.checkWait());
        Gauge.builder("logbook.signin.checks.waiting", limiter, PasswordCheckLimiter::waiting)
                .description("Password checks waiting for their turn").register(meters);
        Gauge.builder("logbook.signin.checks.running", limiter, PasswordCheckLimiter::running)
                .description("Password checks running").register(meters);
        FunctionCounter.builder("logbook.signin.checks", limiter, PasswordCheckLimiter::checks)
                .description("Password checks run (bcrypt; verified credentials remembered are not counted)")
                .register(meters);
        return limiter;
    }
}
