package qc.logbook.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import qc.logbook.security.signin.PasswordCheckLimiter;
import qc.logbook.security.signin.SignInGuard;

/**
 * Who may call what. Three filter chains:
 * <ul>
 *   <li>static browser files (styles, scripts, WebJars, icons): public and cacheable;</li>
 *   <li>the API ({@code /api/**}, actuator, OpenAPI): stateless. The embedded default authenticates users with HTTP
 *   Basic; with an OIDC issuer configured ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or
 *   {@code jwk-set-uri}) it is a resource server taking roles and territories from token claims;</li>
 *   <li>the pages (everything else): form sign-in (configured and database accounts, see {@link LogbookUsers}), plus
 *   OIDC sign-in when a client registration is configured; a server session that follows its account
 *   ({@link AccountSessionCheck}) and CSRF protection; every page answer carries {@code Cache-Control: no-store}
 *   (Spring Security's default headers), since pages may hold notes.</li>
 * </ul>
 * Territory scoping is enforced further down, on every read and write (see {@link CurrentUser}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    private static final String WORKER = Role.WORKER.name();
    private static final String COORDINATOR = Role.COORDINATOR.name();
    private static final String EVALUATOR = Role.EVALUATOR.name();
    private static final String ADMIN = Role.ADMIN.name();

    /** Paths of browser files that hold no personal data. */
    static final String[] STATIC_RESOURCES = {"/css/**", "/js/**", "/webjars/**", "/icons/**", "/favicon.ico",
            "/manifest.webmanifest"};

    /**
     * No observation of Spring Security's filters, authentications and authorisations. With observations on, Spring
     * Security wraps each filter of every chain in an observation of its own on every request (the property {@code
     * management.observations.enable.spring.security=false} only mutes them: the wrapping stays), work on the write
     * path for figures no dashboard reads. Requests are still timed as a whole by {@code http.server.requests}, and
     * sign-in failures are counted by the application.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain staticResources(HttpSecurity http) throws Exception {
        http.securityMatcher(STATIC_RESOURCES)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // cacheable: Spring MVC's resource handling sets Cache-Control on these (application.yml)
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ObjectProvider<JwtDecoder> jwtDecoder, ObjectMapper json,
                            SecurityProperties properties, SignInGuard signIn) throws Exception {
        boolean oidc = jwtDecoder.getIfAvailable() != null;
        ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(json,
                oidc ? "Bearer" : "Basic realm=\"logbook\"");
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN)
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/error").permitAll()
                        .requestMatchers(GET, "/api/v1/reference", "/api/v1/reference/**",
                                "/api/v1/practices/taxonomies").permitAll()
                        .requestMatchers("/api/v1/admin/**", "/api/v1/audit/**").hasRole(ADMIN)
                        .requestMatchers("/api/v1/exports/**").hasAnyRole(EVALUATOR, ADMIN)
                        .requestMatchers(GET, "/api/v1/stats/**").hasAnyRole(WORKER, COORDINATOR, EVALUATOR)
                        .requestMatchers("/api/v1/interventions", "/api/v1/interventions/**")
                        .hasAnyRole(WORKER, COORDINATOR)
                        .requestMatchers(GET, "/api/v1/funding-measures/**", "/api/v1/local-teams/**",
                                "/api/v1/projects/**", "/api/v1/funding/**").hasAnyRole(COORDINATOR, EVALUATOR)
                        .requestMatchers("/api/v1/funding-measures/**", "/api/v1/local-teams/**",
                                "/api/v1/projects/**", "/api/v1/funding/**").hasRole(COORDINATOR)
                        .requestMatchers(GET, "/api/v1/practices", "/api/v1/practices/**").authenticated()
                        .requestMatchers(POST, "/api/v1/practices/*/publication", "/api/v1/practices/*/return",
                                "/api/v1/practices/*/retirement").hasRole(COORDINATOR)
                        .requestMatchers(POST, "/api/v1/practices", "/api/v1/practices/**")
                        .hasAnyRole(WORKER, COORDINATOR)
                        .requestMatchers(PUT, "/api/v1/practices/**").hasAnyRole(WORKER, COORDINATOR)
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/actuator/**"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (oidc) {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(new ClaimsConverter(properties.jwt())))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        // failed sign-ins throttled before any password is checked (signin.SignInGuard)
        http.addFilterBefore(signIn.apiFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }

    /**
     * The pages: sign-in form at {@code /login}, session cookie, CSRF tokens on every form and htmx request. Page
     * controllers check roles with method security or in their own chain rules below.
     */
    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SignInGuard signIn, LogbookUsers users,
                              SecurityProperties properties,
                              ObjectProvider<ClientRegistrationRepository> oidcProviders) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/offline", "/sw.js").permitAll()
                        .requestMatchers("/admin/**").hasRole(ADMIN)
                        .requestMatchers("/interventions", "/interventions/**", "/referrals/**", "/outbox",
                                "/outbox/**", "/sync/**").hasAnyRole(WORKER, COORDINATOR)
                        // the tableau de bord (dashboard.web): statistics only, so evaluators too
                        .requestMatchers("/dashboard", "/dashboard/**", "/dashboard.csv")
                        .hasAnyRole(WORKER, COORDINATOR, EVALUATOR)
                        // practice repository: reviewing is the coordinators'; authoring the workers' and theirs
                        .requestMatchers("/practices/review", "/practices/review/**").hasRole(COORDINATOR)
                        .requestMatchers("/practices/new", "/practices/mine", "/practices/*/edit",
                                "/practices/*/draft", "/practices/*/submission", "/practices/*/revisions")
                        .hasAnyRole(WORKER, COORDINATOR)
                        // ÉLÉ pages (ele.web): coordinators write, evaluators read, as the ÉLÉ API
                        .requestMatchers(POST, "/ele/**").hasRole(COORDINATOR)
                        .requestMatchers("/ele/teams/new", "/ele/measures/*/projects/new", "/ele/projects/*/edit",
                                "/ele/projects/*/cancel").hasRole(COORDINATOR)
                        .requestMatchers("/ele/**").hasAnyRole(COORDINATOR, EVALUATOR)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .requestCache(cache -> cache.requestCache(returnToRequestedPage()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new AccountSessionCheck(users), AuthorizationFilter.class);
        // failed sign-ins throttled before any password is checked (signin.SignInGuard)
        http.addFilterBefore(signIn.pageFilter(), UsernamePasswordAuthenticationFilter.class);
        if (oidcProviders.getIfAvailable() != null) {
            // With an OIDC provider, pages sign in through it, with the API's claim mapping (see OidcPageSignIn).
            http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/", false)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(OidcPageSignIn.userService(properties))));
        }
        return http.build();
    }

    /** After signing in, back to the page that asked for it, at its own address (no {@code ?continue}). */
    private static HttpSessionRequestCache returnToRequestedPage() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    /**
     * bcrypt, with verified credentials remembered briefly (see VerifiedCredentialsEncoder for why and how); the
     * checks that do run bcrypt are bounded in number (signin.PasswordCheckLimiter).
     */
    @Bean
    PasswordEncoder passwordEncoder(PasswordCheckLimiter passwordChecks) {
        return new VerifiedCredentialsEncoder(passwordChecks.bound(new BCryptPasswordEncoder()));
    }

    /** Maps an access token's role claim to authorities; territories are read from the token by CurrentUser. */
    static final class ClaimsConverter implements Converter<Jwt, AbstractAuthenticationToken> {

        private final TokenClaims claims;

        ClaimsConverter(SecurityProperties.Jwt claims) {
            this.claims = new TokenClaims(claims);
        }

        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            return new JwtAuthenticationToken(jwt, claims.authorities(jwt), claims.id(jwt));
        }
    }
}
