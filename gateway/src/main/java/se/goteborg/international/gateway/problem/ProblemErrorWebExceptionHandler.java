package se.goteborg.international.gateway.problem;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import se.goteborg.international.gateway.requestid.RequestIdFilter;

/**
 * Every error the gateway itself produces (no route, method not allowed, upstream timeout without a
 * fallback, a bug here) leaves as problem+json. Replaces Boot's default handler, whose JSON has
 * another shape and no {@code code}.
 */
@Component
@Order(-2) // ahead of WebFlux's own ResponseStatusException handler
public class ProblemErrorWebExceptionHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorWebExceptionHandler.class);

    private final ServerResponse.Context context;

    public ProblemErrorWebExceptionHandler(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        ProblemDetail problem = toProblem(exchange, ex);
        problem.setInstance(URI.create(exchange.getRequest().getURI().getRawPath()));
        HttpHeaders extra = ex instanceof ErrorResponse error ? error.getHeaders() : HttpHeaders.EMPTY; // e.g. Allow
        return ServerResponse.status(problem.getStatus())
                .headers(headers -> headers.addAll(extra))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }

    private ProblemDetail toProblem(ServerWebExchange exchange, Throwable ex) {
        String path = exchange.getRequest().getPath().value();
        if (ex instanceof ErrorResponse error) {
            HttpStatusCode status = error.getStatusCode();
            if (status.value() == HttpStatus.NOT_FOUND.value()) {
                return Problems.problem(status, "not-found", "Nothing is served at " + path);
            }
            if (status.is5xxServerError()) {
                log.warn("{} {} failed with {} [requestId={}]: {}", exchange.getRequest().getMethod(), path,
                        status.value(), RequestIdFilter.requestId(exchange), ex.toString());
            }
            String detail = error.getBody().getDetail();
            return Problems.problem(status, Problems.codeFor(status),
                    detail != null ? detail : "The gateway could not handle " + path);
        }
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error on {} {}, incident {} [requestId={}]", exchange.getRequest().getMethod(), path,
                incident, RequestIdFilter.requestId(exchange), ex);
        ProblemDetail problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong in the gateway. Quote incident " + incident + ".");
        problem.setProperty("incident", incident);
        return problem;
    }
}
