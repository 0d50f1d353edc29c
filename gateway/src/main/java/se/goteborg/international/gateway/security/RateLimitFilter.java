package se.goteborg.international.gateway.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import se.goteborg.international.gateway.problem.Problems;

/**
 * Rate limiting per client (Bucket4j token buckets, in memory): keyed by the signed-in user or the
 * token's subject/client, else the remote address. Over the limit: 429 problem+json with
 * Retry-After. Runs after Spring Security, so the caller is known. In memory means per gateway
 * instance; several instances would each allow the limit.
 */
public class RateLimitFilter implements WebFilter {

    /** Bounds the memory one flood of distinct callers can take; buckets are cheap to recreate. */
    private static final int MAX_CLIENTS = 50_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final long capacity;
    private final Duration period;

    public RateLimitFilter(long capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(p -> "principal:" + p.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "address:" + remoteAddress(exchange)))
                .flatMap(key -> {
                    ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
                    if (probe.isConsumed()) {
                        exchange.getResponse().getHeaders().set("X-RateLimit-Remaining",
                                String.valueOf(probe.getRemainingTokens()));
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
                    return tooManyRequests(exchange, seconds);
                });
    }

    private Bucket bucket(String key) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build());
    }

    private static String remoteAddress(ServerWebExchange exchange) {
        var address = exchange.getRequest().getRemoteAddress();
        return address == null || address.getAddress() == null ? "unknown" : address.getAddress().getHostAddress();
    }

    private static Mono<Void> tooManyRequests(ServerWebExchange exchange, long retryAfterSeconds) {
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String json = "{\"type\":\"" + Problems.TYPE_PREFIX + "rate-limited\",\"title\":\"Too Many Requests\","
                + "\"status\":429,\"detail\":\"Too many requests from you; try again in " + retryAfterSeconds
                + " s\",\"instance\":" + GatewaySecurity.quote(exchange.getRequest().getPath().value())
                + ",\"code\":\"rate-limited\",\"retryAfterSeconds\":" + retryAfterSeconds + "}";
        return response.writeWith(Mono.just(response.bufferFactory().wrap(json.getBytes(StandardCharsets.UTF_8))));
    }
}
