package org.mosaiccrm.itests.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.mosaiccrm.itests.support.Http;

/** Times GET requests from N concurrent clients on loopback and reports percentiles. */
final class Latency {

    /** Milliseconds; {@code errors} counts answers other than 200. */
    record Figures(int clients, int requests, double p50, double p95, double p99, double perSecond, int errors) {
    }

    private Latency() {
    }

    /**
     * Each client sends {@code perClient} requests, one after the other, after a warm-up.
     *
     * @param path the path of request {@code i}
     */
    static Figures measure(Http http, int clients, int perClient, IntFunction<String> path) throws Exception {
        for (int i = 0; i < 200; i++) {
            http.get(path.apply(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<long[]>> results = new ArrayList<>();
            int[] errors = new int[clients];
            for (int c = 0; c < clients; c++) {
                int client = c;
                results.add(pool.submit(() -> {
                    long[] times = new long[perClient];
                    for (int i = 0; i < perClient; i++) {
                        long sent = System.nanoTime();
                        int status = http.get(path.apply(client * perClient + i)).status();
                        times[i] = System.nanoTime() - sent;
                        if (status != 200) {
                            errors[client]++;
                        }
                    }
                    return times;
                }));
            }
            long[] all = new long[clients * perClient];
            int at = 0;
            for (Future<long[]> result : results) {
                long[] times = result.get();
                System.arraycopy(times, 0, all, at, times.length);
                at += times.length;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(all);
            return new Figures(clients, all.length, millis(all, 0.50), millis(all, 0.95), millis(all, 0.99),
                    all.length / seconds, Arrays.stream(errors).sum());
        } finally {
            pool.shutdownNow();
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
