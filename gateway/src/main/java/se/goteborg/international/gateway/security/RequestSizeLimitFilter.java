package se.goteborg.international.gateway.security;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import se.goteborg.international.gateway.problem.Problems;

/**
 * Refuses a request body larger than the limit before it reaches a service: 413 problem+json. Reads
 * the declared Content-Length (what Spring Cloud Gateway's RequestSize filter checks too), before
 * any of the body is read.
 */
public class RequestSizeLimitFilter implements WebFilter {

    private final DataSize max;

    public RequestSizeLimitFilter(DataSize max) {
        this.max = max;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length <= max.toBytes()) {
            return chain.filter(exchange);
        }
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.CONTENT_TOO_LARGE);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String json = "{\"type\":\"" + Problems.TYPE_PREFIX + "request-too-large\",\"title\":\"Content Too Large\","
                + "\"status\":413,\"detail\":\"The request body is " + length + " bytes; at most " + max.toBytes()
                + " bytes are accepted\",\"instance\":" + GatewaySecurity.quote(exchange.getRequest().getPath().value())
                + ",\"code\":\"request-too-large\"}";
        return response.writeWith(Mono.just(response.bufferFactory().wrap(json.getBytes(StandardCharsets.UTF_8))));
    }
}
