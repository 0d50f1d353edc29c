package se.goteborg.international.gateway.routing;

import java.net.URI;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import se.goteborg.international.service.problem.ProblemHandler;
import se.goteborg.international.service.web.RequestBodyLimitFilter.RequestBodyTooLargeException;

/**
 * One circuit breaker per service (Resilience4j through Spring Cloud CircuitBreaker, configured in
 * application.yml). When the service fails, is too slow or its breaker is open, the client gets a
 * problem naming that service: 504 when it did not answer in time, 503 otherwise. Its answers, 5xx
 * included, pass through unchanged: only calls that got no answer count as failures.
 */
final class ServiceBreaker implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    private static final Logger log = LoggerFactory.getLogger(ServiceBreaker.class);

    private final String service;
    private final CircuitBreaker breaker;

    ServiceBreaker(String service, CircuitBreaker breaker) {
        this.service = service;
        this.breaker = breaker;
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
        RequestBodyTooLargeException[] tooLarge = {null};
        ServerResponse response = breaker.run(() -> {
            try {
                return next.handle(request);
            } catch (Exception e) {
                RequestBodyTooLargeException client = UpstreamFailures.causeOf(e, RequestBodyTooLargeException.class);
                if (client != null) {
                    tooLarge[0] = client; // the client's fault, not the service's: no failure counted
                    return null;
                }
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }, failure -> unavailable(request, failure));
        if (tooLarge[0] != null) {
            throw tooLarge[0]; // ProblemHandler: 413
        }
        return response;
    }

    private ServerResponse unavailable(ServerRequest request, Throwable failure) {
        boolean timedOut = UpstreamFailures.timedOut(failure);
        HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        if (!(failure instanceof CallNotPermittedException)) { // an open breaker would log every request
            log.warn("{} {} -> {} failed: {}", request.method(), request.path(), service, String.valueOf(failure));
        }
        ProblemDetail problem = ProblemHandler.problem(status, timedOut ? "gateway-timeout" : "service-unavailable",
                service + (timedOut ? " did not answer in time" : " is not answering right now") + "; try again shortly");
        problem.setProperty("service", service);
        problem.setInstance(URI.create(request.uri().getRawPath()));
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
