package org.grassroots.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;

/** Closed-loop HTTP load: N clients, each sending its next request as soon as the last one answered. */
final class LoadClient {

    private static final int MAX_CONNECTIONS = 256;

    /**
     * Blocking I/O on each client's own thread: a response wakes the thread that waits for it, with no
     * selector or executor thread in between whose scheduling delays would count as the app's latency
     * on a busy machine. Like a script, not a browser: no compression, cookies, redirects or retries.
     */
    private final CloseableHttpClient http = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(MAX_CONNECTIONS)
                    .setMaxConnPerRoute(MAX_CONNECTIONS)
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.ofSeconds(5))
                            .setSocketTimeout(Timeout.ofSeconds(60))
                            .build())
                    .build())
            .disableContentCompression()
            .disableCookieManagement()
            .disableRedirectHandling()
            .disableAutomaticRetries()
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
                    perSecond(),
                    percentile(50),
                    percentile(95),
                    percentile(99),
                    failures,
                    cpuPerRequest());
        }

        double perSecond() {
            return latenciesMs.length / seconds;
        }

        /** CPU time per request, split as {@link CpuTime#per} does. */
        String cpuPerRequest() {
            return cpu.per(latenciesMs.length);
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
        int send(int client, int iteration) throws IOException;
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
        // Gone before the next run counts its threads' CPU time: a thread that ended in between
        // would take its time out of that run's sum.
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        return new Run(
                all.stream().mapToDouble(Double::doubleValue).toArray(),
                Arrays.stream(failures).sum(),
                seconds,
                cpu);
    }

    /** A response's status and, where asked for, its body. */
    record Answer(int statusCode, String body) {}

    int get(String path, String token) throws IOException {
        return send(ClassicRequestBuilder.get(baseUrl + path), token, false).statusCode();
    }

    Answer getBody(String path, String token) throws IOException {
        return send(ClassicRequestBuilder.get(baseUrl + path), token, true);
    }

    Answer post(String path, String token, String contentType, String body, String idempotencyKey) throws IOException {
        ClassicRequestBuilder request = ClassicRequestBuilder.post(baseUrl + path)
                .setEntity(new StringEntity(body, ContentType.parse(contentType).withCharset(StandardCharsets.UTF_8)));
        if (idempotencyKey != null) {
            request.addHeader("Idempotency-Key", idempotencyKey);
        }
        return send(request, token, true);
    }

    int put(String path, String token, String json) throws IOException {
        return send(
                        ClassicRequestBuilder.put(baseUrl + path)
                                .setEntity(new StringEntity(json, ContentType.APPLICATION_JSON)),
                        token,
                        false)
                .statusCode();
    }

    private Answer send(ClassicRequestBuilder request, String token, boolean keepBody) throws IOException {
        request.addHeader("Authorization", "Bearer " + token);
        return http.execute(request.build(), response -> {
            if (keepBody) {
                return new Answer(
                        response.getCode(), EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
            }
            EntityUtils.consume(response.getEntity());
            return new Answer(response.getCode(), null);
        });
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
}
