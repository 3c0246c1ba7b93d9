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
        System.out.printf(java.util.Locale.ROOT, "measured=%d seconds=%.3f%n", bodies.size() - warmup, seconds);
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

    /**
     * One blocking POST of a JSON body, its answer read whole; the JDK keeps the connection alive between the requests
     * of a thread. Returns the status.
     */
    static int post(URL url, String authorization, byte[] body) throws IOException {
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
            if (in != null) {
                in.readAllBytes();
            }
        }
        return status;
    }

    /** Sends the bodies of the shared index, until it reaches {@code end}. */
    private static void send(URL url, String authorization, List<byte[]> bodies, AtomicInteger next, int end) {
        for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
            try {
                int status = post(url, authorization, bodies.get(i));
                if (status != 201) {
                    System.err.println("answered " + status);
                    System.exit(1);
                }
            } catch (IOException e) {
                System.err.println("request failed: " + e);
                System.exit(1);
            }
        }
    }
}
