package se.goteborg.international.gateway.requestid;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id} (the client's own if it sent a sane one, else a new
 * UUID), passes it to the service, returns it in the response and logs one line per request with it,
 * so a user's report, the gateway's log and the service's log can be joined up.
 * A WebFilter rather than a gateway GlobalFilter so unrouted requests and errors get one too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter implements WebFilter {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    /** What we accept from a client: it ends up in logs, so no spaces, line breaks or novels. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String sent = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = sent != null && ACCEPTABLE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, id);
        long started = System.nanoTime();
        ServerHttpRequest request = exchange.getRequest().mutate().headers(h -> h.set(HEADER, id)).build();
        ServerHttpResponse response = exchange.getResponse();
        // at commit, so errors and fallbacks (written after this filter has returned) carry it too
        response.beforeCommit(() -> {
            response.getHeaders().set(HEADER, id);
            logRequest(exchange, request, id, started);
            return Mono.empty();
        });
        return chain.filter(exchange.mutate().request(request).build());
    }

    /** The id of the request being handled (set by this filter for every request). */
    public static String requestId(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    private static void logRequest(ServerWebExchange exchange, ServerHttpRequest request, String id, long started) {
        String path = request.getPath().value();
        if (path.startsWith("/actuator") || !log.isInfoEnabled()) {
            return; // probes and scrapes every few seconds would drown the rest
        }
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        // this runs at response commit, outside the request's reactive context, so the MDC lacks the
        // trace: take it from the request's observation, so the line carries the trace id like the services' lines
        Span span = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(c -> c.<TracingObservationHandler.TracingContext>get(TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan).orElse(null);
        if (span != null && MDC.get("traceId") == null) {
            try (MDC.MDCCloseable t = MDC.putCloseable("traceId", span.context().traceId());
                 MDC.MDCCloseable s = MDC.putCloseable("spanId", span.context().spanId())) {
                writeLine(request, route, exchange, id, started);
            }
        } else {
            writeLine(request, route, exchange, id, started);
        }
    }

    private static void writeLine(ServerHttpRequest request, Route route, ServerWebExchange exchange, String id,
                                  long started) {
        String path = request.getPath().value();
        log.info("{} {} -> {} {} in {} ms [requestId={}]", request.getMethod(), path,
                route != null ? route.getId() : "gateway", exchange.getResponse().getStatusCode(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), id);
    }
}
