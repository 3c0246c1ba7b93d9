package qc.logbook.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import qc.logbook.domain.TerritoryScope;
import qc.logbook.security.LogbookUser;
import qc.logbook.security.LogbookUserDetails;
import qc.logbook.security.Role;

/**
 * Users for MockMvc requests. Unless a test says otherwise ({@code .with(TestUsers.worker("LEVIS"))}), requests run
 * as {@link #superUser()}, who holds every role in every territory, so feature tests need not care about security;
 * the security tests name their users explicitly.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestUsers {

    /** The pseudonymous id of {@link #superUser()}, as it appears in event metadata. */
    public static final String SUPER_USER_ID = "test-super";

    public static RequestPostProcessor superUser() {
        return as(SUPER_USER_ID, Set.of(Role.values()), Set.of(TerritoryScope.ALL));
    }

    public static RequestPostProcessor worker(String... territories) {
        return as("test-worker", Set.of(Role.WORKER), Set.of(territories));
    }

    public static RequestPostProcessor coordinator(String... territories) {
        return as("test-coordinator", Set.of(Role.COORDINATOR), Set.of(territories));
    }

    public static RequestPostProcessor evaluator() {
        return as("test-evaluator", Set.of(Role.EVALUATOR), Set.of(TerritoryScope.ALL));
    }

    public static RequestPostProcessor admin() {
        return as("test-admin", Set.of(Role.ADMIN), Set.of(TerritoryScope.ALL));
    }

    public static RequestPostProcessor as(String id, Set<Role> roles, Set<String> territories) {
        LogbookUserDetails user = new LogbookUserDetails(new LogbookUser(id, roles, territories), "n/a");
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Bean
    MockMvcBuilderCustomizer superUserByDefault() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").with(superUser()));
    }
}
