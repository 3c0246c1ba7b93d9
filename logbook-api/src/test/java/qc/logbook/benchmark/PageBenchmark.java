package qc.logbook.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The pages' phase of the benchmark: with the store holding {@code benchmark.interventions}
 * interventions, the server time of each worker's page and the bytes the entry page transfers.
 *
 * <p>The client is {@link HttpClient} in the benchmark's JVM (the same process as the application: on two cores its
 * own CPU competes with the server's, which the server time does not include). It signs in through the sign-in form
 * as a browser does (CSRF token, session cookie), once as a worker of two territories out of ten (the list shows the
 * worker's own interventions, the open referrals those of the territories) and once as a coordinator of every
 * territory (the list shows all 100,000 interventions: the heaviest case).
 *
 * <p><b>Server time</b> is measured by the server: a servlet filter ahead of every other filter (security, session,
 * compression) starts a clock when the request arrives and stops it once the response has been flushed to the socket,
 * keyed by a request header the client sends. The client's own time is reported beside it.
 *
 * <p><b>Baselines</b>, measured in the same run, interleaved with the pages: the same data through the REST API (JSON,
 * HTTP Basic) for the pages that have a REST twin (the list and the detail), and for every page the floor of the chain:
 * a small static file requested with the same session through the same filters.
 */
final class PageBenchmark {

    static final String TIMING_HEADER = "X-Benchmark-Request";
    /** Server times by request key, filled by {@link Timing}'s filter. */
    static final Map<String, Long> SERVER_NANOS = new ConcurrentHashMap<>();

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ASSET = Pattern.compile(
            "<(?:link|script|img)\\b[^>]*?\\b(?:href|src)=\"(/[^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final long ONE_DAY = 86_400;

    private final String base;
    private final int requests = Integer.getInteger("benchmark.page-requests", 200);
    private final int warmup = Integer.getInteger("benchmark.page-warmup", 50);
    private final AtomicLong sequence = new AtomicLong();
    private final ObjectMapper json = new ObjectMapper();

    PageBenchmark(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Registers the timing filter (only in the pages phase). */
    @Configuration(proxyBeanMethods = false)
    static class Timing {

        @Bean
        FilterRegistrationBean<Filter> benchmarkServerTiming() {
            Filter filter = (request, response, chain) -> {
                String key = ((HttpServletRequest) request).getHeader(TIMING_HEADER);
                long start = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                    // the whole answer written to the socket, not just rendered into Tomcat's buffer
                    response.flushBuffer();
                } finally {
                    if (key != null) {
                        SERVER_NANOS.put(key, System.nanoTime() - start);
                    }
                }
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    /** One signed-in browser (or an anonymous one): its cookies, and how it authenticates REST calls. */
    private final class Browser {

        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        final String basic;

        Browser(String user, String password) {
            this.basic = user == null ? null : "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        void signIn(String user, String password) throws Exception {
            String login = send(get("/login"), null).body;
            Matcher csrf = CSRF.matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
            Answer answer = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), null);
            String location = answer.response.headers().firstValue("Location").orElse("");
            if (answer.status != 302 || location.contains("error")) {
                throw new IllegalStateException("sign-in as " + user + " answered " + answer.status + " " + location);
            }
        }

        HttpRequest.Builder get(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .header("Accept-Language", "fr-CA,fr;q=0.9")
                    .header("Accept-Encoding", "gzip").GET();
        }

        HttpRequest.Builder rest(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json").header("Authorization", basic)
                    .header("Accept-Encoding", "gzip").GET();
        }

        /** Sends a request with a timing key; the body is read as sent (compressed or not). */
        Answer send(HttpRequest.Builder request, String key) throws Exception {
            if (key != null) {
                request.header(TIMING_HEADER, key);
            }
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long client = System.nanoTime() - start;
            return new Answer(response, client);
        }
    }

    private record Answer(HttpResponse<byte[]> response, long clientNanos, int status, String body) {

        Answer(HttpResponse<byte[]> response, long clientNanos) {
            this(response, clientNanos, response.statusCode(), text(response));
        }

        boolean gzip() {
            return response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase).orElse(false);
        }

        long headerBytes() {
            // status line and header lines as sent on the wire (HTTP/1.1), a close estimate
            long bytes = 17;
            for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
                for (String value : header.getValue()) {
                    bytes += header.getKey().length() + 2 + value.length() + 2;
                }
            }
            return bytes + 2;
        }

        private static String text(HttpResponse<byte[]> response) {
            byte[] body = response.body();
            boolean gzip = response.headers().firstValue("Content-Encoding").map("gzip"::equalsIgnoreCase)
                    .orElse(false);
            try {
                if (gzip) {
                    body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A page and its baseline, requested in turn. */
    private record Target(String name, String path, String restBaseline) {
    }

    /** The measures, in the results map under "pages". */
    Map<String, Object> run(String workerUser, String coordinatorUser, String password, int interventions)
            throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("interventions", interventions);
        results.put("requestsPerPage", requests);
        results.put("warmupPerPage", warmup);
        results.put("serverTime", "servlet filter ahead of every other filter, until the answer is flushed");
        results.put("goals", Map.of("serverP95Millis", 100, "entryFirstVisitBytes", 200_000,
                "entryLaterVisitBytes", 20_000));

        Browser anonymous = new Browser(null, null);
        Browser worker = new Browser(workerUser, password);
        worker.signIn(workerUser, password);
        Browser coordinator = new Browser(coordinatorUser, password);
        coordinator.signIn(coordinatorUser, password);

        results.put("entryPage", entryBytes(worker, "/interventions/new"));
        results.put("homePage", entryBytes(worker, "/"));

        String floor = staticFloor(worker);
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("worker (2 of 10 territories, own interventions)", latency(worker, anonymous,
                targets(worker, false), floor, 100));
        latency.put("coordinator (every territory)", latency(coordinator, anonymous,
                targets(coordinator, true), floor, 100));
        results.put("latency", latency);
        return results;
    }

    /**
     * The tableau de bord's phase: the server time of {@code /dashboard} (and its bilan) for a
     * coordinator of every territory, the heaviest reader, over the whole journal and typical filters, each beside the
     * same breakdown through the REST API ({@code GET /api/v1/stats/referrals}, JSON, HTTP Basic) and the static file
     * floor, interleaved round-robin. Goal: p95 < 150 ms.
     */
    Map<String, Object> runDashboard(String coordinatorUser, String password, long events) throws Exception {
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("events", events);
        results.put("requestsPerPage", requests);
        results.put("warmupPerPage", warmup);
        results.put("serverTime", "servlet filter ahead of every other filter, until the answer is flushed");
        results.put("goals", Map.of("serverP95Millis", 150));
        Browser anonymous = new Browser(null, null);
        Browser coordinator = new Browser(coordinatorUser, password);
        coordinator.signIn(coordinatorUser, password);
        String floor = staticFloor(coordinator);
        String api = "/api/v1/stats/referrals";
        List<Target> targets = List.of(
                new Target("/dashboard (whole journal)", "/dashboard", api),
                new Target("/dashboard?from=2023-01-01&to=2023-12-31", "/dashboard?from=2023-01-01&to=2023-12-31",
                        api + "?from=2023-01-01&to=2023-12-31"),
                new Target("/dashboard?from=2023-04-01&to=2024-03-31&territory=LEVIS&workerRole=…",
                        "/dashboard?from=2023-04-01&to=2024-03-31&territory=LEVIS&workerRole=OUTREACH_WORKER",
                        api + "?from=2023-04-01&to=2024-03-31&territory=LEVIS&workerRole=OUTREACH_WORKER"),
                new Target("/dashboard?from=2022-03-15&to=2022-09-10 (partial months)",
                        "/dashboard?from=2022-03-15&to=2022-09-10", api + "?from=2022-03-15&to=2022-09-10"),
                new Target("/dashboard?sector=HEALTH_AND_SOCIAL_SERVICES",
                        "/dashboard?sector=HEALTH_AND_SOCIAL_SERVICES", api),
                new Target("/dashboard/bilan", "/dashboard/bilan", api));
        results.put("latency", latency(coordinator, anonymous, targets, floor, 150));
        return results;
    }

    /** The pages a worker uses, with their REST twins where there is one. */
    private List<Target> targets(Browser browser, boolean coordinator) throws Exception {
        // detail pages: interventions the user may read, most recent first, as a worker opens them from the list
        JsonNode items = json.readTree(browser.send(browser.rest("/api/v1/interventions?size=50"), null).body)
                .path("items");
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        if (ids.isEmpty()) {
            throw new IllegalStateException("no intervention readable by the benchmark user");
        }
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("/login (anonymous)", "/login", null));
        targets.add(new Target("/", "/", null));
        targets.add(new Target("/interventions/new", "/interventions/new", null));
        targets.add(new Target("/interventions", "/interventions", coordinator ? "/api/v1/interventions" : null));
        targets.add(new Target("/interventions?page=4", "/interventions?page=4",
                coordinator ? "/api/v1/interventions?page=4" : null));
        targets.add(new Target("/interventions?territory=LEVIS&mode=INDIVIDUAL",
                "/interventions?territory=LEVIS&mode=INDIVIDUAL",
                coordinator ? "/api/v1/interventions?territory=LEVIS&mode=INDIVIDUAL" : null));
        targets.add(new Target("/interventions?from=2023-01-01&to=2023-12-31",
                "/interventions?from=2023-01-01&to=2023-12-31",
                coordinator ? "/api/v1/interventions?from=2023-01-01&to=2023-12-31" : null));
        targets.add(new Target("/interventions/{id}", "/interventions/" + String.join(",", ids),
                "/api/v1/interventions/" + String.join(",", ids)));
        targets.add(new Target("/referrals/open", "/referrals/open", null));
        targets.add(new Target("/referrals/open?page=3", "/referrals/open?page=3", null));
        return targets;
    }

    /** The smallest static file linked from the pages, as the floor of the chain (same session, same filters). */
    private String staticFloor(Browser browser) throws Exception {
        String home = browser.send(browser.get("/"), null).body;
        Matcher asset = ASSET.matcher(home);
        while (asset.find()) {
            if (asset.group(1).contains("/js/app")) {
                return asset.group(1).replace("&amp;", "&");
            }
        }
        throw new IllegalStateException("no /js/app… script on the home page");
    }

    private Map<String, Object> latency(Browser browser, Browser anonymous, List<Target> targets, String floor,
                                        int goalMillis) throws Exception {
        Map<String, long[]> server = new LinkedHashMap<>();
        Map<String, long[]> client = new LinkedHashMap<>();
        Map<String, long[]> rest = new LinkedHashMap<>();
        Map<String, Long> bytes = new LinkedHashMap<>();
        long[] floorNanos = new long[requests];
        for (Target target : targets) {
            server.put(target.name, new long[requests]);
            client.put(target.name, new long[requests]);
            if (target.restBaseline != null) {
                rest.put(target.name, new long[requests]);
            }
        }
        // round-robin over the pages, so that a slower minute of this shared machine weighs on all of them alike
        long began = System.nanoTime();
        for (int round = -warmup; round < requests; round++) {
            if (round % 10 == 0) {
                System.out.printf("  round %d of %d (%.0f s)%n", round, requests, (System.nanoTime() - began) / 1e9);
            }
            for (Target target : targets) {
                Browser who = target.path.equals("/login") ? anonymous : browser;
                Timed page = timed(who, who.get(pick(target.path, round)), 200);
                if (round >= 0) {
                    server.get(target.name)[round] = page.server;
                    client.get(target.name)[round] = page.client;
                    bytes.put(target.name, page.bytes);
                }
                if (target.restBaseline != null) {
                    Timed twin = timed(browser, browser.rest(pick(target.restBaseline, round)), 200);
                    if (round >= 0) {
                        rest.get(target.name)[round] = twin.server;
                    }
                }
            }
            Timed chain = timed(browser, browser.get(floor), 200);
            if (round >= 0) {
                floorNanos[round] = chain.server;
            }
        }
        Map<String, Object> pages = new LinkedHashMap<>();
        Map<String, Object> floorFigures = figures(floorNanos);
        System.out.printf("  %-48s %8s %8s %8s %8s %9s  %s%n", "page", "p50 ms", "p95 ms", "p99 ms", "client95",
                "bytes", "baseline p50/p95 ms");
        for (Target target : targets) {
            Map<String, Object> figures = new LinkedHashMap<>(figures(server.get(target.name)));
            Map<String, Object> clientFigures = figures(client.get(target.name));
            figures.put("clientP95Millis", clientFigures.get("p95Millis"));
            figures.put("bytes", bytes.get(target.name));
            figures.put("goalP95Millis", goalMillis);
            figures.put("met", (double) figures.get("p95Millis") < goalMillis);
            String baseline;
            if (target.restBaseline != null) {
                Map<String, Object> twin = figures(rest.get(target.name));
                figures.put("baselineRestApi", twin);
                baseline = String.format("REST %s/%s", twin.get("p50Millis"), twin.get("p95Millis"));
            } else {
                baseline = String.format("static file %s/%s", floorFigures.get("p50Millis"),
                        floorFigures.get("p95Millis"));
            }
            figures.put("baselineStaticFile", floorFigures);
            pages.put(target.name, figures);
            System.out.printf("  %-48s %8s %8s %8s %8s %9s  %s  (goal p95 < %d ms: %s)%n", target.name,
                    figures.get("p50Millis"), figures.get("p95Millis"), figures.get("p99Millis"),
                    figures.get("clientP95Millis"), bytes.get(target.name), baseline, goalMillis,
                    (boolean) figures.get("met") ? "met" : "MISSED");
        }
        return pages;
    }

    /** A comma list of paths is cycled through (the detail page over several interventions). */
    private static String pick(String paths, int round) {
        if (!paths.contains(",")) {
            return paths;
        }
        String[] ids = paths.substring(paths.lastIndexOf('/') + 1).split(",");
        return paths.substring(0, paths.lastIndexOf('/') + 1) + ids[Math.floorMod(round, ids.length)];
    }

    private record Timed(long server, long client, long bytes) {
    }

    private Timed timed(Browser browser, HttpRequest.Builder request, int expected) throws Exception {
        String key = Long.toString(sequence.incrementAndGet());
        Answer answer = browser.send(request, key);
        if (answer.status != expected) {
            throw new IllegalStateException(answer.response.uri() + " answered " + answer.status);
        }
        // the client may read the whole answer before the server's filter has stopped its clock: wait for it
        long deadline = System.nanoTime() + 5_000_000_000L;
        Long server = SERVER_NANOS.remove(key);
        while (server == null && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000);
            server = SERVER_NANOS.remove(key);
        }
        if (server == null) {
            throw new IllegalStateException("no server time for " + answer.response.uri());
        }
        return new Timed(server, answer.clientNanos, answer.response.body().length + answer.headerBytes());
    }

    private static Map<String, Object> figures(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("p50Millis", percentile(sorted, 0.50));
        figures.put("p95Millis", percentile(sorted, 0.95));
        figures.put("p99Millis", percentile(sorted, 0.99));
        return figures;
    }

    private static double percentile(long[] sorted, double rank) {
        double millis = sorted[Math.max(0, (int) Math.ceil(sorted.length * rank) - 1)] / 1e6;
        return Math.round(millis * 10) / 10.0;
    }

    /**
     * What a browser downloads for a page: on a first visit the HTML and everything it links (styles, scripts,
     * manifest, icons), compressed where the server compresses; on a later visit the HTML again and every linked file
     * the browser may not keep (no {@code Cache-Control: max-age} of a day or more, or {@code no-store}/{@code
     * no-cache}): those it requests again (a conditional request of a revalidated file is counted whole, as an upper
     * bound).
     */
    private Map<String, Object> entryBytes(Browser browser, String path) throws Exception {
        Answer html = browser.send(browser.get(path), null);
        if (html.status != 200) {
            throw new IllegalStateException(path + " answered " + html.status);
        }
        long htmlBytes = html.response.body().length + html.headerBytes();
        Set<String> assets = new LinkedHashSet<>();
        Matcher asset = ASSET.matcher(html.body);
        while (asset.find()) {
            assets.add(asset.group(1).replace("&amp;", "&"));
        }
        long first = htmlBytes;
        long later = htmlBytes;
        List<Map<String, Object>> files = new ArrayList<>();
        for (String link : assets) {
            Answer file = browser.send(browser.get(link), null);
            long size = file.response.body().length + file.headerBytes();
            String cacheControl = file.response.headers().firstValue("Cache-Control").orElse("");
            boolean kept = file.status == 200 && maxAge(cacheControl) >= ONE_DAY && !cacheControl.contains("no-store")
                    && !cacheControl.contains("no-cache");
            first += size;
            if (!kept) {
                later += size;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", link);
            entry.put("status", file.status);
            entry.put("bytes", size);
            entry.put("gzip", file.gzip());
            entry.put("cacheControl", cacheControl);
            entry.put("cachedByBrowser", kept);
            files.add(entry);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("path", path);
        result.put("htmlBytes", htmlBytes);
        result.put("htmlGzip", html.gzip());
        result.put("htmlCacheControl", html.response.headers().firstValue("Cache-Control").orElse(""));
        result.put("files", files);
        result.put("firstVisitBytes", first);
        result.put("laterVisitBytes", later);
        result.put("firstVisitMet", first < 200_000);
        result.put("laterVisitMet", later < 20_000);
        System.out.printf("%s: first visit %,d bytes (goal < 200,000: %s), later visits %,d bytes (goal < 20,000: "
                + "%s); HTML %,d bytes%s%n", path, first, first < 200_000 ? "met" : "MISSED", later,
                later < 20_000 ? "met" : "MISSED", htmlBytes, html.gzip() ? " gzip" : " uncompressed");
        for (Map<String, Object> file : files) {
            System.out.printf("  %s %s: %,d bytes%s, Cache-Control: %s%n", file.get("status"), file.get("path"),
                    file.get("bytes"), (boolean) file.get("gzip") ? " gzip" : "", file.get("cacheControl"));
        }
        return result;
    }

    private static long maxAge(String cacheControl) {
        Matcher m = Pattern.compile("max-age=(\\d+)").matcher(cacheControl);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
