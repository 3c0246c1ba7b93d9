package qc.logbook.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The event path's HTTP client, in a process of its own so that its CPU is not counted as the server's: POSTs the
 * JSON bodies of a file (one a line) to a URL from a number of threads, each with a kept-alive connection, and prints
 * {@code measured=<requests> seconds=<s>} for the requests after the first {@code warmup} ones. Any answer other than
 * 201 stops it with exit code 1. Only JDK classes, so that it starts and warms up quickly.
 *
 * <p>Arguments: url, Authorization header value, threads, warm-up requests, bodies file.
 */
public final class HttpLoadClient {

    private HttpLoadClient() {
    }

    public static void main(String[] args) throws Exception {
        URL url = URI.create(args[0]).toURL();
        String authorization = args[1];
        int threads = Integer.parseInt(args[2]);
        int warmup = Integer.parseInt(args[3]);
        List<byte[]> bodies = Files.readAllLines(Path.of(args[4]), StandardCharsets.UTF_8).stream()
                .map(line -> line.getBytes(StandardCharsets.UTF_8)).toList();
        if (bodies.size() <= warmup) {
            throw new IllegalArgumentException("fewer bodies than warm-up requests");
        }
        AtomicInteger warming = new AtomicInteger(0);
        run(threads, () -> send(url, authorization, bodies, warming, warmup));
        AtomicInteger measured = new AtomicInteger(warmup);
        long start = System.nanoTime();
        run(threads, () -> send(url, authorization, bodies, measured, bodies.size()));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "measured=%d seconds=%.3f retried=%d%n", bodies.size() - warmup,
                seconds, RETRIED.get());
    }

    private static void run(int threads, Runnable work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(work));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Answers 503 retried after their {@code Retry-After}, as a client should (printed with the figures). */
    static final java.util.concurrent.atomic.AtomicLong RETRIED = new java.util.concurrent.atomic.AtomicLong();
    private static final int RETRIES = 20;

    /**
     * One blocking POST of a JSON body, its answer read whole; the JDK keeps the connection alive between the requests
     * of a thread. A 503 (the service bounds concurrent password checks: the first requests of several threads at once
     * all check the password before it is remembered) is sent again after its {@code Retry-After}. Returns the status.
     */
    static int post(URL url, String authorization, byte[] body) throws IOException {
        for (int attempt = 0; ; attempt++) {
            HttpURLConnection connection = (HttpURLConnection) url.openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("Authorization", authorization);
            connection.setFixedLengthStreamingMode(body.length);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                byte[] answer = in == null ? new byte[0] : in.readAllBytes();
                if (status >= 400 && status != 503) {
                    // the problem document says which field and rule (the bodies are generated, no one's data)
                    System.err.println("answered " + status + ": "
                            + new String(answer, 0, Math.min(answer.length, 600), StandardCharsets.UTF_8));
                }
            }
            if (status != 503 || attempt == RETRIES) {
                return status;
            }
            RETRIED.incrementAndGet();
            String after = connection.getHeaderField("Retry-After");
            try {
                Thread.sleep(1000L * (after == null || !after.matches("\\d{1,3}") ? 1 : Integer.parseInt(after)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
        }
    }

    /** Sends the bodies of the shared index, until it reaches {@code end}. */
    private static void send(URL url, String authorization, List<byte[]> bodies, AtomicInteger next, int end) {
        for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
            try {
                int status = post(url, authorization, bodies.get(i));
                if (status != 201) {
                    System.exit(1);
                }
            } catch (IOException e) {
                System.err.println("request failed: " + e);
                System.exit(1);
            }
        }
    }
}
