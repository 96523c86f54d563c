package org.ecrural.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.model.json.Limits;
import org.ecrural.model.json.PlanReader;
import org.ecrural.model.json.PlanWriter;
import org.ecrural.serve.EvaluationService;

/**
 * A small load client for {@code ecrural serve}: one-area plans (50 projects, 500 training
 * records, {@link BenchData#area()}) posted to {@code /v1/evaluate} by 1, 8 and 32 concurrent
 * clients, each level for a bounded time and number of requests; prints throughput and p50/p99
 * latency. Loopback only: it refuses a URL whose host is not a loopback address.
 *
 * <pre>
 * java -cp rules-bench/target/benchmarks.jar org.ecrural.bench.LoadMain                      # starts a service in this JVM on a free loopback port
 * java -cp rules-bench/target/benchmarks.jar org.ecrural.bench.LoadMain http://127.0.0.1:8080  # against a running ecrural serve
 * </pre>
 *
 * System properties: {@code load.clients} (default {@code 1,8,32}), {@code load.warmup} and
 * {@code load.seconds} (seconds per level, default 5 and 10), {@code load.maxRequests} (per level,
 * default 20000).
 */
public final class LoadMain {

    private LoadMain() {
    }

    /** @param args an optional base URL of a running service on a loopback address */
    public static void main(String[] args) throws Exception {
        int[] levels = Arrays.stream(System.getProperty("load.clients", "1,8,32").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int warmup = Integer.getInteger("load.warmup", 5);
        int seconds = Integer.getInteger("load.seconds", 10);
        int maxRequests = Integer.getInteger("load.maxRequests", 20_000);
        if (Arrays.stream(levels).anyMatch(n -> n < 1 || n > 256) || warmup < 0 || seconds < 1 || seconds > 600
                || maxRequests < 1) {
            throw new IllegalArgumentException("clients 1..256, warm-up >= 0 s, 1..600 s a level, maxRequests >= 1");
        }
        EvaluationService local = null;
        URI base;
        if (args.length > 0) {
            base = URI.create(args[0]);
            if (base.getHost() == null || !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("loopback only: " + args[0]);
            }
        } else {
            local = new EvaluationService(PolicyEngine.builtIn(), PlanReader.withLimits(Limits.DEFAULT)).start("127.0.0.1", 0);
            base = URI.create("http://127.0.0.1:" + local.port());
        }
        byte[] plan = PlanWriter.write(BenchData.area()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        URI evaluate = base.resolve("/v1/evaluate");
        System.out.printf(Locale.ROOT, "target %s, plan %d bytes (one area: %d facts), %d cores, java %s%n", evaluate,
                plan.length, BenchData.facts(BenchData.area()), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%8s %10s %12s %9s %9s %9s %7s%n", "clients", "requests", "eval/s", "p50 ms",
                "p99 ms", "max ms", "errors");
        try {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            for (int n : levels) {
                if (warmup > 0) {
                    run(client, evaluate, plan, n, warmup, maxRequests);
                }
                Result r = run(client, evaluate, plan, n, seconds, maxRequests);
                System.out.printf(Locale.ROOT, "%8d %10d %12.1f %9.1f %9.1f %9.1f %7d%n", n, r.count(),
                        r.count() / r.seconds(), r.percentile(0.50), r.percentile(0.99), r.percentile(1.0), r.errors());
            }
        } finally {
            if (local != null) {
                local.stop();
            }
        }
    }

    /** What one level measured: latencies of the answered requests in nanoseconds, sorted. */
    record Result(long[] nanos, double seconds, long errors) {
        long count() {
            return nanos.length;
        }

        double percentile(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, i))] / 1e6;
        }
    }

    static Result run(HttpClient client, URI uri, byte[] plan, int clients, int seconds, int maxRequests)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(plan)).build();
        AtomicLong budget = new AtomicLong(maxRequests);
        AtomicLong errors = new AtomicLong();
        List<long[]> perThread = new ArrayList<>();
        int[] sizes = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        for (int t = 0; t < clients; t++) {
            long[] mine = new long[maxRequests];
            perThread.add(mine);
            int index = t;
            Thread thread = new Thread(() -> {
                try {
                    int k = 0;
                    while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() == 200 && response.body().length > 0) {
                                mine[k++] = System.nanoTime() - t0;
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                        }
                    }
                    sizes[index] = k;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-client-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(sizes).sum();
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(perThread.get(t), 0, all, at, sizes[t]);
            at += sizes[t];
        }
        Arrays.sort(all);
        return new Result(all, elapsed, errors.get());
    }
}
