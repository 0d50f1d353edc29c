package se.goteborg.international.gateway.security;

import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import se.goteborg.international.service.problem.ProblemHandler;

/**
 * Rate limiting per client (Bucket4j token buckets, in memory): keyed by the signed-in user or the
 * token's subject/client, else the remote address. Over the limit: 429 problem+json with
 * Retry-After. Runs after Spring Security, so the caller is known. In memory means per gateway
 * instance; several instances would each allow the limit.
 */
public class RateLimitFilter extends OncePerRequestFilter {

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
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Principal principal = request.getUserPrincipal();
        String key = principal != null ? "principal:" + principal.getName() : "address:" + request.getRemoteAddr();
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        ProblemHandler.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Too many requests from you; try again in " + seconds + " s");
    }

    private Bucket bucket(String key) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build());
    }
}
