package se.goteborg.international.gateway.security;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.goteborg.international.gateway.problem.Problems;

/**
 * Refuses a request body larger than the limit before it reaches a service: 413 problem+json. A
 * declared Content-Length is checked before any of the body is read; a body sent without one
 * (chunked) is counted as it streams and fails with 413 at the first byte over the limit, so the
 * service never receives a complete oversized request.
 */
public class RequestSizeLimitFilter implements WebFilter {

    private final DataSize max;

    public RequestSizeLimitFilter(DataSize max) {
        this.max = max;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length < 0) {
            return chain.filter(exchange.mutate().request(new CountingRequest(exchange.getRequest())).build());
        }
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

    /** A body of unknown length, counted as it is read. */
    private final class CountingRequest extends ServerHttpRequestDecorator {

        CountingRequest(ServerHttpRequest delegate) {
            super(delegate);
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong read = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (read.addAndGet(buffer.readableByteCount()) > max.toBytes()) {
                    DataBufferUtils.release(buffer);
                    sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
                            "The request body is over " + max.toBytes() + " bytes, the most accepted"));
                } else {
                    sink.next(buffer);
                }
            });
        }
    }
}
