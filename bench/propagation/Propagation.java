import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event propagation: a write's commit (its 201 answer) to the change being visible in reporting's
 * API. Writes partnerships at a fixed rate straight to partnership-service; one poller reads
 * reporting's overview, whose asOf.eventsApplied counts the events applied so far: the n-th write is
 * visible once eventsApplied >= start + n. (Counting assumes nothing else writes meanwhile; the
 * poller's own interval, ~5 ms plus a query, is part of the figure.) Bounded: rate x seconds writes,
 * then at most 30 s for the last ones to show.
 *
 * java Propagation.java <partnership url> <reporting url> <token> <writes per second> <seconds>
 * prints: sent ok p50 p95 p99 max (ms)
 */
public class Propagation {
    static final Pattern APPLIED = Pattern.compile("\"eventsApplied\"\\s*:\\s*(\\d+)");

    public static void main(String[] a) throws Exception {
        String writeUrl = a[0] + "/api/partnerships", readUrl = a[1] + "/api/reports/overview", token = a[2];
        int rate = Integer.parseInt(a[3]), seconds = Integer.parseInt(a[4]), total = rate * seconds;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        long base = applied(http, readUrl, token);
        long[] committed = new long[total];
        long[] visible = new long[total];
        AtomicInteger ok = new AtomicInteger(), order = new AtomicInteger();
        ConcurrentHashMap<Integer, Boolean> failed = new ConcurrentHashMap<>();
        ScheduledExecutorService writers = Executors.newScheduledThreadPool(8);
        long t0 = System.nanoTime(), periodNs = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            int n = i;
            writers.schedule(() -> {
                String body = "{\"kind\":\"PARTNER_CITY\",\"cityName\":\"Bench propagation " + n + "-" + t0
                        + "\",\"countryCode\":\"NO\",\"priorityAreas\":[\"OWN_OPERATIONS\"],"
                        + "\"mutualBenefit\":\"Benchmark data: an example\",\"responsibleUnit\":\"Bench unit\"}";
                try {
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(writeUrl)).timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() == 201) {
                        // commits are numbered in the order their answers arrive
                        committed[order.getAndIncrement()] = System.nanoTime();
                        ok.incrementAndGet();
                    } else {
                        failed.put(n, true);
                    }
                } catch (Exception e) {
                    failed.put(n, true);
                }
            }, t0 + n * periodNs - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        long deadline = t0 + (seconds + 30) * 1_000_000_000L;
        int seen = 0;
        while (System.nanoTime() < deadline) {
            long now = applied(http, readUrl, token) - base;
            long at = System.nanoTime();
            int done = order.get();
            while (seen < Math.min(now, done)) {
                visible[seen++] = at;
            }
            if (seen == total - failed.size() && seen == ok.get()) {
                break;
            }
            Thread.sleep(5);
        }
        writers.shutdownNow();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < seen; i++) {
            ms.add(Math.max(0, visible[i] - committed[i]) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%d %d %.1f %.1f %.1f %.1f%n", total, ms.size(), pct(ms, 50), pct(ms, 95), pct(ms, 99),
                ms.isEmpty() ? Double.NaN : ms.get(ms.size() - 1));
    }

    static double pct(List<Double> s, double p) {
        return s.isEmpty() ? Double.NaN : s.get(Math.min(s.size() - 1, (int) Math.ceil(p / 100 * s.size()) - 1));
    }

    static long applied(HttpClient http, String url, String token) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = APPLIED.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no asOf.eventsApplied in " + body);
        }
        return Long.parseLong(m.group(1));
    }
}
