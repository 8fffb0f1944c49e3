package org.grassroots.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** Closed-loop HTTP load: N clients, each sending its next request as soon as the last one answered. */
final class LoadClient {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade dance on plain HTTP
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8, named("load-http")))
            .build();
    private final String baseUrl;

    LoadClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** Latencies in milliseconds of every request, and how many answered with an unexpected status. */
    record Run(double[] latenciesMs, int failures, double seconds, CpuTime cpu) {

        /** One line for the progress log: count, rate and latency percentiles. */
        String summary(String what) {
            return String.format(
                    Locale.ROOT,
                    "%s: %d requests in %.1f s (%.0f/s), p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d failed;"
                            + " CPU per request %s",
                    what,
                    latenciesMs.length,
                    seconds,
                    latenciesMs.length / seconds,
                    percentile(50),
                    percentile(95),
                    percentile(99),
                    failures,
                    cpu.per(latenciesMs.length));
        }

        double percentile(double p) {
            double[] sorted = latenciesMs.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
        }
    }

    interface Call {
        /** Sends one request and returns its status. */
        int send(int client, int iteration) throws IOException, InterruptedException;
    }

    Run run(int clients, int requestsPerClient, Call call, IntFunction<Boolean> acceptable) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients, named("load-client"));
        List<Future<double[]>> results = new ArrayList<>();
        int[] failures = new int[clients];
        long started = System.nanoTime();
        CpuTime cpuBefore = CpuTime.now();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                double[] latencies = new double[requestsPerClient];
                for (int i = 0; i < requestsPerClient; i++) {
                    long t0 = System.nanoTime();
                    int status = call.send(client, i);
                    latencies[i] = (System.nanoTime() - t0) / 1e6;
                    if (!acceptable.apply(status)) {
                        failures[client]++;
                    }
                }
                return latencies;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<double[]> f : results) {
            for (double d : f.get()) {
                all.add(d);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        CpuTime cpu = CpuTime.now().since(cpuBefore);
        pool.shutdown();
        return new Run(
                all.stream().mapToDouble(Double::doubleValue).toArray(),
                Arrays.stream(failures).sum(),
                seconds,
                cpu);
    }

    int get(String path, String token) throws IOException, InterruptedException {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    HttpResponse<String> getBody(String path, String token) throws IOException, InterruptedException {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String token, String contentType, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path, token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    int put(String path, String token, String json) throws IOException, InterruptedException {
        return http.send(
                        request(path, token)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Names the load generator's threads, so that {@link CpuTime} can tell them from the app's. */
    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }
}
