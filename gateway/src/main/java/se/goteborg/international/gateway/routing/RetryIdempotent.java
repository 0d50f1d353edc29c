package se.goteborg.international.gateway.routing;

import java.time.Duration;
import java.util.Set;

import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Retries a GET or HEAD when the service was not reachable (connection refused or reset, connect
 * timeout) or answered 502/503/504: a blip such as a restart. Never a POST/PUT/PATCH/DELETE (the
 * service may have applied it), never a 500 (a bug a retry would only repeat), never our own response
 * timeout (the service is slow, not gone; retrying would triple the wait). Gateway MVC's Retry filter
 * retries every 5xx and every IOException, timeouts included, hence this one.
 */
final class RetryIdempotent implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Set<Integer> BLIPS = Set.of(502, 503, 504);

    private final int retries;
    private final Duration firstBackoff;
    private final Duration maxBackoff;

    RetryIdempotent(int retries, Duration firstBackoff, Duration maxBackoff) {
        this.retries = retries;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
        if (!IDEMPOTENT.contains(request.method())) {
            return next.handle(request);
        }
        for (int attempt = 0; ; attempt++) {
            try {
                ServerResponse response = next.handle(request);
                if (attempt == retries || !BLIPS.contains(response.statusCode().value())) {
                    return response;
                }
                discard(request);
            } catch (Exception e) {
                if (attempt == retries || !UpstreamFailures.unreachable(e)) {
                    throw e;
                }
            }
            Thread.sleep(Math.min(maxBackoff.toMillis(), firstBackoff.toMillis() << attempt));
        }
    }

    /** Frees the connection of an answer that is not passed on. */
    private static void discard(ServerRequest request) {
        ClientHttpResponse answer = MvcUtils.getAttribute(request, MvcUtils.CLIENT_RESPONSE_ATTR);
        if (answer != null) {
            answer.close();
        }
    }
}
