package se.goteborg.international.gateway.fallback;

import java.net.URI;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;

import se.goteborg.international.gateway.problem.Problems;
import se.goteborg.international.gateway.requestid.RequestIdFilter;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

/**
 * Where every route's circuit breaker forwards when its service fails, is too slow or its breaker is
 * open. Names the service the request was meant for (the route id), so the answer is never the
 * wrong one: 504 when the service did not answer in time, 503 otherwise.
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    @RequestMapping("/fallback")
    ResponseEntity<ProblemDetail> fallback(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        if (route == null) {
            // called directly rather than forwarded by a route's breaker: there is nothing here
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String service = route.getId();
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        boolean timedOut = isTimeout(cause);
        HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        String detail = timedOut
                ? service + " did not answer in time; try again shortly"
                : service + " is not answering right now; try again shortly";
        URI path = clientPath(exchange);
        if (!(cause instanceof CallNotPermittedException)) { // an open breaker would log every request
            log.warn("{} {} -> {} failed [requestId={}]: {}", exchange.getRequest().getMethod(), path, service,
                    RequestIdFilter.requestId(exchange), String.valueOf(cause));
        }
        ProblemDetail problem = Problems.problem(status, Problems.codeFor(status), detail);
        problem.setProperty("service", service);
        problem.setInstance(path); // not /fallback
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The path the client asked for: the forward to /fallback (and filters) wrap the exchange it came in. */
    private static URI clientPath(ServerWebExchange exchange) {
        ServerWebExchange received = exchange;
        while (received instanceof ServerWebExchangeDecorator decorator) {
            received = decorator.getDelegate();
        }
        return URI.create(received.getRequest().getURI().getRawPath());
    }

    /** Our response timeout (504 from the routing filter) or the breaker's time limiter. */
    private static boolean isTimeout(Throwable cause) {
        return cause instanceof TimeoutException
                || cause instanceof ResponseStatusException e
                        && e.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value();
    }
}
