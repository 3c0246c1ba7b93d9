package qc.logbook.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import qc.logbook.LogbookApplication;
import qc.logbook.support.InterventionBodies;
import qc.logbook.support.RequestBodies;
import qc.logbook.support.TestUsers;

/**
 * The project's own hostile client: property-based tests that bend the valid request of every write
 * endpoint, and the query parameters of every read endpoint, the way a careless or hostile client would — repeated
 * keys, trailing garbage, wrong types, huge numbers, lone surrogates, NUL and other control characters, blank or
 * padded values, deep nesting, other content types, ids of other kinds of record, pages too far to reach, instants
 * outside any store — and check three properties of every answer:
 * <ol>
 *     <li>never a 5xx;</li>
 *     <li>every refusal (4xx) is an RFC 9457 problem document ({@code application/problem+json}) with
 *     {@code title_fr} and {@code title_en};</li>
 *     <li>a refusal stores nothing: the event store (hence the audit journal) counts as many events after as
 *     before.</li>
 * </ol>
 * {@code ./mvnw verify} sends 2,200 cases from a fixed seed; {@code -Dlogbook.hostile.tries=100000
 * -Dlogbook.hostile.seed=random} sends 100,000 from a fresh one (see {@link HostileBudget} and docs/errors.md).
 *
 * <p>The application runs once for the whole suite, on its embedded stores, and is driven through MockMvc for speed;
 * what only a real socket shows (Tomcat's own refusals) is in {@code ContainerRefusalsIntegrationTest}.
 */
@AddLifecycleHook(HostileBudget.class)
class HostileInputIntegrationTest {

    static final int WRITE_TRIES = 1_300;
    static final int QUERY_TRIES = 900;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Cases sent, so that the suite cannot silently shrink to a handful. */
    private static final AtomicInteger SENT = new AtomicInteger();

    private static ConfigurableApplicationContext app;
    private static MockMvc mvc;
    private static JdbcTemplate jdbc;
    private static Fixtures fixtures;

    @BeforeContainer
    static void start() throws Exception {
        app = new SpringApplicationBuilder(LogbookApplication.class)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("hostileSuiteExcludesTestConfigurations", new ExcludeTestConfigurations()))
                // arguments, not default properties: those rank below application.yml, whose port is 8080
                .run("--logbook.store.data-dir=target/test-stores/hostile-" + UUID.randomUUID(),
                        "--server.port=0", "--spring.main.banner-mode=off");
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
        jdbc = app.getBean(JdbcTemplate.class);
        fixtures = Fixtures.create(mvc);
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
        System.out.println("Hostile-input suite: " + SENT.get() + " requests sent");
        if (System.getProperty(HostileBudget.TRIES) == null) {
            assertThat(SENT.get()).as("requests sent by the hostile suite").isGreaterThanOrEqualTo(2_000);
        }
    }

    @Property(tries = WRITE_TRIES)
    void everyWriteEndpointRefusesBentBodiesWithAProblemAndStoresNothing(
            @ForAll("bentWrites") HostileRequest request) throws Exception {
        assertAnswered(request);
    }

    @Property(tries = QUERY_TRIES)
    void everyQueryParameterOfEveryReadEndpointIsReadSafely(@ForAll("bentQueries") HostileRequest request)
            throws Exception {
        assertAnswered(request);
    }

    private static void assertAnswered(HostileRequest request) throws Exception {
        SENT.incrementAndGet();
        long before = events();
        MockHttpServletResponse response = perform(request);
        int status = response.getStatus();

        assertThat(status).as("status of %s; body %s", request, response.getContentAsString(StandardCharsets.UTF_8))
                .isLessThan(500);
        if (status >= 400) {
            assertThat(response.getContentType()).as("content type of the %d for %s", status, request)
                    .isNotNull();
            assertThat(MediaType.parseMediaType(response.getContentType())
                    .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .as("problem document for %s, was %s", request, response.getContentType()).isTrue();
            JsonNode problem = JSON.readTree(response.getContentAsByteArray());
            assertThat(problem.path("status").asInt()).as("status member for %s", request).isEqualTo(status);
            assertThat(problem.path("title_fr").asText()).as("title_fr for %s", request).isNotBlank();
            assertThat(problem.path("title_en").asText()).as("title_en for %s", request).isNotBlank();
            assertThat(events()).as("events stored by the refused %s", request).isEqualTo(before);
        }
    }

    private static MockHttpServletResponse perform(HostileRequest hostile) throws Exception {
        MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(hostile.method()), URI.create(hostile.path()))
                .with(user(hostile.user()));
        if (hostile.contentType() != null) {
            builder.header(HttpHeaders.CONTENT_TYPE, hostile.contentType());
        }
        if (hostile.accept() != null) {
            builder.header(HttpHeaders.ACCEPT, hostile.accept());
        }
        if (hostile.body() != null) {
            builder.content(hostile.body());
        }
        for (Map.Entry<String, String> parameter : hostile.parameters()) {
            builder.param(parameter.getKey(), parameter.getValue());
        }
        MvcResult result = mvc.perform(builder).andReturn();
        if (result.getRequest().isAsyncStarted()) {
            // a streamed answer (the NDJSON export): let it finish, so that a failure while streaming shows
            result = mvc.perform(asyncDispatch(result)).andReturn();
        }
        return result.getResponse();
    }

    private static RequestPostProcessor user(String user) {
        return switch (user) {
            case "worker" -> TestUsers.worker("LEVIS");
            case "evaluator" -> TestUsers.evaluator();
            default -> TestUsers.superUser();
        };
    }

    private static long events() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    // --- generators ---

    /** One write endpoint: method, path, and a fresh valid body for it. */
    record Write(String method, String path, Supplier<Map<String, Object>> body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One read endpoint and its query parameters, each with a few valid values. */
    record Read(String path, Map<String, List<String>> parameters) {
        @Override
        public String toString() {
            return "GET " + path;
        }
    }

    enum BodyBend {
        VALUE, DUPLICATE_KEY, UNKNOWN_KEY, TRAILING, TRUNCATED, WHOLE_BODY, CONTENT_TYPE, METHOD, OTHER_KIND_PATH,
        HOSTILE_PATH, INVALID_UTF8, ACCEPT, ROLE
    }

    @Provide
    Arbitrary<HostileRequest> bentWrites() {
        Arbitrary<Write> endpoint = Arbitraries.of(writes());
        Arbitrary<List<BodyBend>> bends = Arbitraries.of(BodyBend.class).list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(endpoint, bends, Arbitraries.longs()).as(this::bendWrite);
    }

    @Provide
    Arbitrary<HostileRequest> bentQueries() {
        Arbitrary<Read> endpoint = Arbitraries.of(reads());
        Arbitrary<Integer> bentParameters = Arbitraries.integers().between(1, 4);
        return Combinators.combine(endpoint, bentParameters, Arbitraries.longs()).as(this::bendRead);
    }

    private HostileRequest bendWrite(Write write, List<BodyBend> bends, long salt) {
        Random random = new Random(salt);
        String path = fixtures.resolve(write.path());
        Map<String, Object> valid = write.body() == null ? null : write.body().get();
        HostileRequest request = HostileRequest.json(write.method(), path,
                valid == null ? null : InterventionBodies.json(valid), "valid " + write);
        JsonNode tree = valid == null ? null : JsonBending.tree(valid);
        for (BodyBend bend : bends) {
            request = switch (bend) {
                case VALUE, DUPLICATE_KEY, UNKNOWN_KEY -> tree == null ? request.withBody(
                        JsonBending.FRAGMENTS.get(random.nextInt(JsonBending.FRAGMENTS.size()))
                                .getBytes(StandardCharsets.UTF_8), "a body where none is read")
                        : bentTree(request, tree, bend, random);
                case TRAILING -> request.withBody(concat(request.body(), JsonBending.TRAILERS.get(
                        random.nextInt(JsonBending.TRAILERS.size()))), "trailing content");
                case TRUNCATED -> request.body() == null || request.body().length < 2 ? request
                        : request.withBody(java.util.Arrays.copyOf(request.body(),
                        1 + random.nextInt(request.body().length - 1)), "truncated");
                case WHOLE_BODY -> request.withBody(wholeBody(random), "another body");
                case CONTENT_TYPE -> request.withContentType(CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size())),
                        "other content type");
                case METHOD -> request.withMethod(METHODS.get(random.nextInt(METHODS.size())));
                case OTHER_KIND_PATH -> request.withPath(fixtures.swapAnId(request.path(), random),
                        "an id of another kind in the path");
                case HOSTILE_PATH -> request.withPath(hostilePath(request.path(), random), "hostile path");
                case INVALID_UTF8 -> request.withBody(invalidUtf8(request.body(), random), "bytes that are not UTF-8");
                case ACCEPT -> request.withAccept(ACCEPTS.get(random.nextInt(ACCEPTS.size())));
                case ROLE -> request.withUser(random.nextBoolean() ? "worker" : "evaluator");
            };
        }
        return request;
    }

    private HostileRequest bentTree(HostileRequest request, JsonNode tree, BodyBend bend, Random random) {
        List<List<Object>> paths = JsonBending.paths(tree);
        List<Object> target = paths.get(random.nextInt(paths.size()));
        List<String> otherIds = fixtures.allIds();
        String fragment = JsonBending.bentValue(tree.at(pointer(target)), random, otherIds);
        String rendered = JsonBending.render(tree, new JsonBending.Bend() {
            @Override
            public String replace(List<Object> path, JsonNode value) {
                return bend == BodyBend.VALUE && path.equals(target) ? fragment : null;
            }

            @Override
            public String extraMembers(List<Object> path, JsonNode object) {
                List<Object> parent = target.subList(0, target.size() - 1);
                if (!path.equals(parent) || !(target.get(target.size() - 1) instanceof String key)) {
                    return null;
                }
                if (bend == BodyBend.DUPLICATE_KEY) {
                    return JsonBending.quote(key) + ":" + fragment;
                }
                return bend == BodyBend.UNKNOWN_KEY ? JsonBending.quote(key + "X") + ":" + fragment : null;
            }
        });
        return request.withBody(rendered.getBytes(StandardCharsets.UTF_8),
                bend.name().toLowerCase(java.util.Locale.ROOT) + " at " + target);
    }

    private static String pointer(List<Object> path) {
        StringBuilder pointer = new StringBuilder();
        for (Object step : path) {
            pointer.append('/').append(String.valueOf(step).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }

    private HostileRequest bendRead(Read read, int bentParameters, long salt) {
        Random random = new Random(salt);
        String path = fixtures.resolve(read.path());
        List<String> names = new ArrayList<>(read.parameters().keySet());
        names.add("unknownParameter");
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        List<String> how = new ArrayList<>();
        for (int i = 0; i < bentParameters; i++) {
            String name = names.get(random.nextInt(names.size()));
            List<String> valid = read.parameters().getOrDefault(name, List.of("x"));
            String value = random.nextInt(4) == 0 ? valid.get(random.nextInt(valid.size()))
                    : PARAMETER_VALUES.get(random.nextInt(PARAMETER_VALUES.size()));
            if (random.nextInt(5) == 0) {
                value = value.repeat(1 + random.nextInt(2_000));
            }
            chosen.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            how.add(name);
        }
        if (random.nextInt(10) == 0 && !names.isEmpty()) {
            // a parameter's name is hostile too (not empty: MockMvc cannot send "?=1", the socket test can)
            String name = PARAMETER_VALUES.get(random.nextInt(PARAMETER_VALUES.size()));
            chosen.put(name.isEmpty() ? "\u0000" : name, List.of("1"));
            how.add("hostile name");
        }
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        chosen.forEach((name, values) -> values.forEach(value -> parameters.add(Map.entry(name, value))));
        HostileRequest request = new HostileRequest("GET", path, null, null, null, parameters, "super",
                "bent " + how + " of " + read);
        return switch (random.nextInt(12)) {
            case 0 -> request.withAccept(ACCEPTS.get(random.nextInt(ACCEPTS.size())));
            case 1 -> request.withUser(random.nextBoolean() ? "worker" : "evaluator");
            case 2 -> request.withPath(fixtures.swapAnId(path, random), "an id of another kind in the path");
            case 3 -> request.withPath(hostilePath(path, random), "hostile path");
            default -> request;
        };
    }

    static final List<String> CONTENT_TYPES = List.of("*/*", "application/*", "text/plain", "multipart/form-data",
            "multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded", "application/xml",
            "application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "application/merge-patch+json",
            ";;;", "application/json;;", "text/html", "application/octet-stream", "");

    static final List<String> ACCEPTS = List.of("application/xml", "text/csv", "text/html", "*/*", "image/png",
            "application/json;q=0", "application/x-ndjson", "garbage/;;", "application/problem+json");

    static final List<String> METHODS = List.of("GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS");

    static final List<String> PARAMETER_VALUES = List.of("", " ", "\u0000", "a\u0000", "x\ud800", "\udc00y",
            "\uFFFD", "\u001b", "\t", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "2024-01-01T00:00:00Z", "+999999999-12-31",
            "-999999999-01-01", "2024-02-30", "9999-12-31", "0000-01-01", "2024-03-01", "2147483647", "2147483648",
            "-1", "-2147483648", "99999999999999999999", "214748365", "42949673", "0", "1e3", "0x10", " 5", "5 ",
            "abc", "00000000-0000-0000-0000-000000000000", "not-a-uuid", " HLM_OMH", "hlm_omh", "HLM_OMH",
            "LEVIS,MONTMAGNY", "LEVIS", "%00", "%2e%2e", "true ", "relevance\u0000", "date", "😀", "'; drop table x; --",
            "{\"$gt\":\"\"}", "..", "/", "\\", "T-123");

    private static String hostilePath(String path, Random random) {
        List<String> suffixes = List.of("/%2e%2e/admin/users", "//", ";x=1", "/%00", "/%2F", "/%25", "/..", "/.",
                "/%5C", "/\u00e9", "/x".repeat(200));
        return path + suffixes.get(random.nextInt(suffixes.size()));
    }

    private static byte[] wholeBody(Random random) {
        List<String> bodies = List.of("", "null", "[]", "\"text\"", "123", "{", "}", "{}", "[{}]", "\uFEFF{}",
                JsonBending.nested(2_000 + random.nextInt(2_000), random.nextBoolean()), "{\"\":1}",
                "{\"id\":\"\"}", "{\"a\":1,\"a\":2}", "<xml/>", "id=1&name=x");
        return bodies.get(random.nextInt(bodies.size())).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(byte[] body, Random random) {
        byte[] original = body == null ? "{}".getBytes(StandardCharsets.UTF_8) : body;
        byte[][] bad = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
        byte[] insert = bad[random.nextInt(bad.length)];
        int at = original.length == 0 ? 0 : random.nextInt(original.length);
        byte[] out = new byte[original.length + insert.length];
        System.arraycopy(original, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(original, at, out, at + insert.length, original.length - at);
        return out;
    }

    private static byte[] concat(byte[] body, String trailer) {
        byte[] head = body == null ? new byte[0] : body;
        byte[] tail = trailer.getBytes(StandardCharsets.UTF_8);
        byte[] out = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    /** Every write endpoint of the API (see the controllers), with a valid body to bend. */
    static List<Write> writes() {
        String project = "/api/v1/funding-measures/{M}/projects/{PR}";
        return List.of(
                new Write("POST", "/api/v1/interventions", () -> InterventionBodies.individual(UUID.randomUUID())),
                new Write("POST", "/api/v1/interventions", () -> InterventionBodies.collective(UUID.randomUUID())),
                new Write("POST", "/api/v1/interventions/{I}/referrals",
                        () -> RequestBodies.referral(UUID.randomUUID())),
                new Write("PUT", "/api/v1/interventions/{I}/referrals/{R}/outcome", RequestBodies::outcome),
                new Write("POST", "/api/v1/interventions/{C}/collective-supports",
                        () -> RequestBodies.collectiveSupport(UUID.randomUUID())),
                new Write("POST", "/api/v1/interventions/{I}/corrections",
                        () -> RequestBodies.correction(fixtures.id("I"))),
                new Write("POST", "/api/v1/interventions/{X}/cancellation", RequestBodies::reason),
                new Write("POST", "/api/v1/local-teams", () -> RequestBodies.localTeam(UUID.randomUUID(), "LEVIS")),
                new Write("PUT", "/api/v1/local-teams/{T}", () -> RequestBodies.localTeam(fixtures.id("T"), "LEVIS")),
                new Write("POST", "/api/v1/funding-measures", () -> RequestBodies.fundingMeasure(UUID.randomUUID())),
                new Write("PUT", "/api/v1/funding-measures/{M}/envelope", RequestBodies::envelopeChange),
                new Write("POST", "/api/v1/funding-measures/{M}/projects",
                        () -> RequestBodies.projectSubmission(UUID.randomUUID(), fixtures.id("T"))),
                new Write("PUT", project, RequestBodies::projectDetails),
                new Write("PUT", project + "/support", RequestBodies::support),
                new Write("POST", project + "/completion", null),
                new Write("POST", project + "/cancellation", RequestBodies::reason),
                new Write("POST", project + "/corrections", RequestBodies::projectCorrection),
                new Write("POST", "/api/v1/practices", () -> RequestBodies.practiceDraft(UUID.randomUUID())),
                new Write("PUT", "/api/v1/practices/{P}/draft", () -> Map.of("form", RequestBodies.practiceForm())),
                new Write("POST", "/api/v1/practices/{P}/submission", null),
                new Write("POST", "/api/v1/practices/{P}/return", () -> Map.of("comment", "À préciser")),
                new Write("POST", "/api/v1/practices/{P}/publication", null),
                new Write("POST", "/api/v1/practices/{P}/revisions",
                        () -> Map.of("form", RequestBodies.practiceForm(), "reason", "Mise à jour")),
                new Write("POST", "/api/v1/practices/{P}/retirement", () -> Map.of("reason", "Remplacée")),
                new Write("POST", "/api/v1/admin/tenants/forget", () -> RequestBodies.forgetTenant("T-hostile")),
                new Write("POST", "/api/v1/admin/rebuilds",
                        () -> Map.of("readModels", List.of("no-such-read-model"))));
    }

    /** Every read endpoint of the API (see the controllers) and its query parameters. */
    static List<Read> reads() {
        List<String> dates = List.of("2024-01-01", "2024-12-31");
        List<String> instants = List.of("2024-01-01T00:00:00Z", "2025-06-01T12:00:00Z");
        List<String> pages = List.of("0", "1", "214748365", "2147483647");
        List<String> sizes = List.of("1", "20", "200");
        Map<String, List<String>> interventions = new LinkedHashMap<>();
        interventions.put("from", dates);
        interventions.put("to", dates);
        interventions.put("region", List.of("CHAUDIERE_APPALACHES"));
        interventions.put("territory", List.of("LEVIS"));
        interventions.put("workerRole", List.of("OUTREACH_WORKER"));
        interventions.put("tenure", List.of("HLM_OMH"));
        interventions.put("mode", List.of("INDIVIDUAL"));
        interventions.put("tenantRef", List.of("T-123"));
        interventions.put("page", pages);
        interventions.put("size", sizes);
        Map<String, List<String>> breakdown = new LinkedHashMap<>();
        breakdown.put("from", dates);
        breakdown.put("to", dates);
        breakdown.put("region", List.of("CHAUDIERE_APPALACHES"));
        breakdown.put("territory", List.of("LEVIS", "MONTMAGNY"));
        breakdown.put("workerRole", List.of("OUTREACH_WORKER"));
        breakdown.put("asOf", instants);
        Map<String, List<String>> audit = new LinkedHashMap<>();
        audit.put("from", instants);
        audit.put("to", instants);
        audit.put("eventType", List.of("InterventionRecordedEvent"));
        audit.put("aggregateId", List.of("{I}"));
        audit.put("aggregateType", List.of("Intervention"));
        audit.put("userId", List.of(TestUsers.SUPER_USER_ID));
        audit.put("page", pages);
        audit.put("size", sizes);
        Map<String, List<String>> practices = new LinkedHashMap<>();
        practices.put("q", List.of("jardin"));
        practices.put("region", List.of("CHAUDIERE_APPALACHES"));
        practices.put("healthRegion", List.of("CHAUDIERE_APPALACHES"));
        practices.put("tenure", List.of("SEVERAL"));
        practices.put("sort", List.of("relevance", "date"));
        practices.put("page", pages);
        practices.put("size", List.of("1", "20"));
        return List.of(
                new Read("/api/v1/interventions", interventions),
                new Read("/api/v1/interventions/{I}", Map.of()),
                new Read("/api/v1/local-teams", Map.of("territory", List.of("LEVIS"), "page", pages, "size", sizes)),
                new Read("/api/v1/local-teams/{T}", Map.of()),
                new Read("/api/v1/funding-measures", Map.of()),
                new Read("/api/v1/funding-measures/{M}", Map.of()),
                new Read("/api/v1/funding/table", Map.of("measureId", List.of("{M}"), "format", List.of("csv", "json"),
                        "asOf", instants)),
                new Read("/api/v1/projects", Map.of("measureId", List.of("{M}"), "territory", List.of("LEVIS"),
                        "localTeamId", List.of("{T}"), "page", pages, "size", sizes)),
                new Read("/api/v1/projects/{PR}", Map.of()),
                new Read("/api/v1/stats/referrals", breakdown),
                new Read("/api/v1/exports/events", Map.of("from", instants, "to", instants,
                        "eventType", List.of("InterventionRecordedEvent"), "deidentify", List.of("true", "false"))),
                new Read("/api/v1/exports/events/{E}/manifest", Map.of()),
                new Read("/api/v1/exports/referral-breakdown.csv", breakdown),
                new Read("/api/v1/audit/aggregates/{I}", Map.of()),
                new Read("/api/v1/audit/events", audit),
                new Read("/api/v1/reference", Map.of()),
                new Read("/api/v1/admin/rebuilds", Map.of()),
                new Read("/api/v1/admin/rebuilds/{B}", Map.of()),
                new Read("/api/v1/admin/read-models", Map.of()),
                new Read("/api/v1/admin/read-models/intervention-details/content-hash", Map.of()),
                new Read("/api/v1/admin/tenant-access-log", Map.of("tenantRef", List.of("T-123"), "page", pages,
                        "size", sizes)),
                new Read("/api/v1/admin/users", Map.of()),
                new Read("/api/v1/practices", practices),
                new Read("/api/v1/practices/{P}", Map.of()),
                new Read("/api/v1/practices/{P}/revisions/1", Map.of()),
                new Read("/api/v1/practices/taxonomies", Map.of()));
    }

    /** Excludes the test sources' own configurations from the suite's component scan (Spring's tests do the same). */
    static final class ExcludeTestConfigurations extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())
                    || reader.getClassMetadata().getClassName().contains("Test$");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ExcludeTestConfigurations;
        }

        @Override
        public int hashCode() {
            return ExcludeTestConfigurations.class.hashCode();
        }
    }
}
