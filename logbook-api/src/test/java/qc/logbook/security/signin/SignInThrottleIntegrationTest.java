package qc.logbook.security.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.browser.BrowserUsers;

/**
 * Failed sign-ins through the real filter chains, HTTP Basic and the sign-in form, with configured users whose
 * password is {@link BrowserUsers#PASSWORD}, and a back-off clock that moves only when the test says so. Each test
 * uses its own users and client addresses, since they share the throttle.
 */
@LogbookIntegrationTest
@TestPropertySource(properties = {
        "logbook.security.users[0].username=t-api",
        "logbook.security.users[0].password-hash=" + SignInThrottleIntegrationTest.HASH,
        "logbook.security.users[0].roles=WORKER",
        "logbook.security.users[0].territories=LEVIS",
        "logbook.security.users[1].username=t-real",
        "logbook.security.users[1].password-hash=" + SignInThrottleIntegrationTest.HASH,
        "logbook.security.users[1].roles=WORKER",
        "logbook.security.users[1].territories=LEVIS",
        "logbook.security.users[2].username=t-rotation",
        "logbook.security.users[2].password-hash=" + SignInThrottleIntegrationTest.HASH,
        "logbook.security.users[2].roles=WORKER",
        "logbook.security.users[2].territories=LEVIS",
        "logbook.security.users[3].username=t-page",
        "logbook.security.users[3].password-hash=" + SignInThrottleIntegrationTest.HASH,
        "logbook.security.users[3].roles=WORKER",
        "logbook.security.users[3].territories=LEVIS",
        "logbook.security.users[4].username=t-busy",
        "logbook.security.users[4].password-hash=" + SignInThrottleIntegrationTest.HASH,
        "logbook.security.users[4].roles=WORKER",
        "logbook.security.users[4].territories=LEVIS",
        "logbook.security.users[5].username=t-admin",
        "logbook.security.users[5].password-hash=" + SignInThrottleIntegrationTest.HASH,
        "logbook.security.users[5].roles=ADMIN",
        "logbook.security.users[5].territories=*",
        "logbook.security.sign-in.address-failures=10",
        "logbook.security.sign-in.account-failures=10",
        "logbook.security.sign-in.concurrent-checks=1",
        "logbook.security.sign-in.check-wait=100ms"})
@Import(SignInThrottleIntegrationTest.Clock.class)
class SignInThrottleIntegrationTest {

    /** bcrypt of {@link BrowserUsers#PASSWORD} at cost 4 (as BrowserUsers' own). */
    static final String HASH = "$2a$04$wXw/NEqmFXrlC5AbjIhvwuDT8rJ38XAz3nRb9fqEFuqmcr4RFzGPi";
    static final String RIGHT = BrowserUsers.PASSWORD;

    @TestConfiguration(proxyBeanMethods = false)
    static class Clock {

        @Bean
        FakeTicker signInTicker() {
            return new FakeTicker();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    FakeTicker ticker;
    @Autowired
    PasswordCheckLimiter passwordChecks;
    @Autowired
    MeterRegistry meters;

    private ResultActions api(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/v1/interventions").with(anonymous()).with(httpBasic(username, password))
                .with(from(address)));
    }

    private ResultActions page(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(anonymous()).with(csrf()).with(from(address))
                .param("username", username).param("password", password));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private double failures(String channel) {
        return meters.counter("logbook.signin.failures", "channel", channel).count();
    }

    private double throttled(String channel, String reason) {
        return meters.counter("logbook.signin.throttled", "channel", channel, "reason", reason).count();
    }

    @Test
    void repeatedWrongPasswordsGet429WithRetryAfterWithoutAnyPasswordCheck() throws Exception {
        double failuresBefore = failures("api");
        double throttledBefore = throttled("api", "failures");
        for (int i = 0; i < 6; i++) {
            api("t-api", "wrong-" + i, "192.0.2.11").andExpect(status().isUnauthorized());
        }
        assertThat(failures("api")).isEqualTo(failuresBefore + 6);

        long checks = passwordChecks.checks();
        api("t-api", "wrong-again", "192.0.2.11")
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.title_fr").value("Trop de tentatives de connexion"))
                .andExpect(jsonPath("$.title_en").value("Too many sign-in attempts"))
                .andExpect(jsonPath("$.errors[0].rule").value("authentication.throttled"))
                .andExpect(jsonPath("$.errors[0].message_fr").value("Trop de connexions échouées\u00a0: réessayez dans 1\u00a0s."))
                .andExpect(jsonPath("$.errors[0].message_en").value("Too many failed sign-ins: try again in 1 s."));
        // even the right password waits for the back-off: nothing is checked while it lasts
        api("t-api", RIGHT, "192.0.2.11").andExpect(status().isTooManyRequests());
        assertThat(passwordChecks.checks()).isEqualTo(checks);
        assertThat(failures("api")).isEqualTo(failuresBefore + 6);
        assertThat(throttled("api", "failures")).isEqualTo(throttledBefore + 2);

        ticker.advance(Duration.ofSeconds(1));
        api("t-api", RIGHT, "192.0.2.11").andExpect(status().isOk());
        // the success reset the account (from this address and from all): typos are free again, until the address
        // reaches its own limit (10 in this test), which a success does not reset
        for (int i = 0; i < 3; i++) {
            api("t-api", "typo-" + i, "192.0.2.11").andExpect(status().isUnauthorized());
        }
        api("t-api", RIGHT, "192.0.2.11").andExpect(status().isOk());
    }

    @Test
    void theRealUserIsNotLockedOutIndefinitely() throws Exception {
        // one attacker hammering the account: only the attacker's address is slowed down
        for (int i = 0; i < 6; i++) {
            api("t-real", "guess-" + i, "192.0.2.21").andExpect(status().isUnauthorized());
        }
        for (int i = 0; i < 20; i++) {
            api("t-real", "guess-more-" + i, "192.0.2.21").andExpect(status().isTooManyRequests());
        }
        api("t-real", RIGHT, "198.51.100.21").andExpect(status().isOk());

        // many addresses on the account block it everywhere, but for a few minutes at most
        for (int i = 0; i < 11; i++) {
            api("t-real", "botnet-" + i, "203.0.113." + (100 + i)).andExpect(status().isUnauthorized());
        }
        String retryAfter = api("t-real", RIGHT, "198.51.100.21")
                .andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getHeader("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 300L);
        ticker.advance(Duration.ofMinutes(5));
        api("t-real", RIGHT, "198.51.100.21").andExpect(status().isOk());
    }

    @Test
    void rotatingUsernamesFromOneAddressIsThrottledForThatAddressOnly() throws Exception {
        for (int i = 0; i < 11; i++) {
            api("nobody-" + i, "guess", "192.0.2.31").andExpect(status().isUnauthorized());
        }
        long checks = passwordChecks.checks();
        api("nobody-11", "guess", "192.0.2.31").andExpect(status().isTooManyRequests());
        api("t-rotation", RIGHT, "192.0.2.31").andExpect(status().isTooManyRequests());
        assertThat(passwordChecks.checks()).isEqualTo(checks);

        api("t-rotation", RIGHT, "198.51.100.31").andExpect(status().isOk());
        api("nobody-1", "guess", "198.51.100.31").andExpect(status().isUnauthorized());
    }

    @Test
    void theSignInFormIsThrottledLikeTheApiAndSaysSo() throws Exception {
        double failuresBefore = failures("page");
        for (int i = 0; i < 6; i++) {
            page("t-page", "wrong-" + i, "192.0.2.41").andExpect(redirectedUrl("/login?error"));
        }
        assertThat(failures("page")).isEqualTo(failuresBefore + 6);
        long checks = passwordChecks.checks();
        page("t-page", RIGHT, "192.0.2.41").andExpect(redirectedUrl("/login?throttled"));
        assertThat(passwordChecks.checks()).isEqualTo(checks);
        assertThat(throttled("page", "failures")).isPositive();

        mvc.perform(get("/login").param("throttled", "").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Trop de connexions échouées. Réessayez dans quelques minutes.")));
        mvc.perform(get("/login").param("throttled", "").with(anonymous()).header("Accept-Language", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Too many failed sign-ins. Try again in a few minutes.")));

        ticker.advance(Duration.ofSeconds(1));
        page("t-page", RIGHT, "192.0.2.41").andExpect(redirectedUrl("/"));
    }

    @Test
    void whenEveryPasswordCheckIsTakenASignInIsRefusedAsBusyNotQueued() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        PasswordEncoder slow = passwordChecks.bound(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return "n/a";
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                started.countDown();
                try {
                    return release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        });
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> holder = other.submit(() -> slow.matches("x", "y"));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            double failuresBefore = failures("api");
            double busyBefore = throttled("api", "busy");

            api("t-busy", "wrong", "192.0.2.51")
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "1"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].rule").value("authentication.busy"));
            page("t-busy", "wrong", "192.0.2.51").andExpect(redirectedUrl("/login?busy"));
            assertThat(throttled("api", "busy")).isEqualTo(busyBefore + 1);
            assertThat(failures("api")).isEqualTo(failuresBefore);

            release.countDown();
            assertThat(holder.get(10, TimeUnit.SECONDS)).isTrue();
            api("t-busy", "wrong", "192.0.2.51").andExpect(status().isUnauthorized());
            api("t-busy", RIGHT, "192.0.2.51").andExpect(status().isOk());
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }

    @Test
    void theMetricsAreExposedWithoutUsernamesOrAddresses() throws Exception {
        api("t-admin", "wrong", "192.0.2.61").andExpect(status().isUnauthorized());
        String prometheus = mvc.perform(get("/actuator/prometheus").with(anonymous())
                        .with(httpBasic("t-admin", RIGHT)).with(from("192.0.2.61")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(prometheus).containsPattern("logbook_signin_failures_total\\{.*channel=\"api\"")
                .containsPattern("logbook_signin_failures_total\\{.*channel=\"page\"")
                .contains("logbook_signin_checks_total")
                .doesNotContain("t-admin").doesNotContain("192.0.2.61");
    }
}
