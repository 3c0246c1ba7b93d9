package qc.logbook.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import qc.logbook.support.LogbookIntegrationTest;
import qc.logbook.support.TestUsers;

/**
 * Every endpoint family, one request a role may make and one it may not. "Allowed" means the request got past
 * authorisation (it may still be refused for its content: 400, 404, 409); "refused" means 403 (401 without a user).
 */
@LogbookIntegrationTest
class RoleMatrixIntegrationTest {

    private static final String ANY_ID = UUID.randomUUID().toString();

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> families() {
        return Stream.of(
                family("interventions", HttpMethod.GET, "/api/v1/interventions", TestUsers.worker("LEVIS"),
                        TestUsers.evaluator()),
                family("interventions (write)", HttpMethod.POST, "/api/v1/interventions",
                        TestUsers.coordinator("LEVIS"), TestUsers.admin()),
                family("statistics", HttpMethod.GET, "/api/v1/stats/referrals", TestUsers.evaluator(),
                        TestUsers.admin()),
                family("funding table", HttpMethod.GET, "/api/v1/funding/table", TestUsers.evaluator(),
                        TestUsers.worker("LEVIS")),
                family("local teams (write)", HttpMethod.POST, "/api/v1/local-teams", TestUsers.coordinator("*"),
                        TestUsers.evaluator()),
                family("funding measures (write)", HttpMethod.POST, "/api/v1/funding-measures",
                        TestUsers.coordinator("*"), TestUsers.worker("LEVIS")),
                family("practice search", HttpMethod.GET, "/api/v1/practices", TestUsers.worker("LEVIS"),
                        anonymous()),
                family("practice drafting", HttpMethod.POST, "/api/v1/practices", TestUsers.worker("LEVIS"),
                        TestUsers.evaluator()),
                family("practice review", HttpMethod.POST, "/api/v1/practices/" + ANY_ID + "/publication",
                        TestUsers.coordinator("LEVIS"), TestUsers.worker("LEVIS")),
                family("erasure", HttpMethod.POST, "/api/v1/admin/tenants/forget", TestUsers.admin(),
                        TestUsers.coordinator("*")),
                family("tenant access log", HttpMethod.GET, "/api/v1/admin/tenant-access-log", TestUsers.admin(),
                        TestUsers.worker("LEVIS")),
                family("research export CSV", HttpMethod.GET, "/api/v1/exports/referral-breakdown.csv",
                        TestUsers.evaluator(), TestUsers.worker("LEVIS")),
                family("identified export", HttpMethod.GET, "/api/v1/exports/events?deidentify=false",
                        TestUsers.admin(), TestUsers.evaluator()),
                family("audit journal", HttpMethod.GET, "/api/v1/audit/events", TestUsers.admin(),
                        TestUsers.evaluator()),
                family("read-model rebuilds", HttpMethod.GET, "/api/v1/admin/rebuilds", TestUsers.admin(),
                        TestUsers.coordinator("*")),
                family("users", HttpMethod.GET, "/api/v1/admin/users", TestUsers.admin(),
                        TestUsers.coordinator("*")),
                family("actuator", HttpMethod.GET, "/actuator/prometheus", TestUsers.admin(),
                        TestUsers.evaluator()));
    }

    private static Arguments family(String name, HttpMethod method, String path, RequestPostProcessor allowed,
                                    RequestPostProcessor refused) {
        return Arguments.of(name, method, path, allowed, refused);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("families")
    void oneRoleIsAllowedAndAnotherRefused(String family, HttpMethod method, String path,
                                           RequestPostProcessor allowed, RequestPostProcessor refused)
            throws Exception {
        int allowedStatus = perform(method, path, allowed);
        int refusedStatus = perform(method, path, refused);

        assertThat(allowedStatus).as(family + " allowed").isNotIn(401, 403).isLessThan(500);
        assertThat(refusedStatus).as(family + " refused").isIn(401, 403);
    }

    private int perform(HttpMethod method, String path, RequestPostProcessor user) throws Exception {
        var request = MockMvcRequestBuilders.request(method, path).with(user);
        if (method != HttpMethod.GET) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
